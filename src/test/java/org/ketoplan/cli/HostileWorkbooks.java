package org.ketoplan.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Hostile workbooks made from the plan workbook the corpus's fixture exported: cells filled in badly, and files
 * that attack the reader (an external entity, an entity bomb, a zip bomb, too many entries, not a workbook at all).
 */
final class HostileWorkbooks {
    private HostileWorkbooks() {
    }

    /** The fixture workbook. */
    static byte[] plan() {
        return Hostile.bytesOf(Hostile.fixturePath("plan.xlsx"));
    }

    /**
     * The fixture workbook with the first food row of the first plan sheet changed by {@code edit}, given the row and
     * the columns of "Date", "Meal", "Food id" and "Eaten (g)".
     */
    static byte[] filled(RowEdit edit) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(plan()))) {
            DataFormatter f = new DataFormatter();
            Sheet sheet = null;
            int[] cols = new int[4];
            int header = -1;
            for (Sheet candidate : wb) {
                for (Row row : candidate) {
                    java.util.List<String> titles = new java.util.ArrayList<>();
                    row.forEach(c -> titles.add(f.formatCellValue(c)));
                    if (titles.contains("Eaten (g)")) {
                        cols[0] = titles.indexOf("Date");
                        cols[1] = titles.indexOf("Meal");
                        cols[2] = titles.indexOf("Food id");
                        cols[3] = titles.indexOf("Eaten (g)");
                        header = row.getRowNum();
                        break;
                    }
                }
                if (header >= 0) {
                    sheet = candidate;
                    break;
                }
            }
            Row food = sheet.getRow(header + 1);
            for (int r = header + 1; f.formatCellValue(food.getCell(cols[2])).isBlank(); r++) {
                food = sheet.getRow(r);
            }
            edit.apply(food, cols[0], cols[1], cols[2], cols[3]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An edit of one food row. */
    @FunctionalInterface
    interface RowEdit {
        void apply(Row row, int date, int meal, int foodId, int eaten);
    }

    /**
     * A new cell at {@code col} of {@code row} in place of the one there: a streamed workbook writes text as inline
     * strings, which POI keeps showing when a new value is set on the same cell.
     */
    static Cell cell(Row row, int col) {
        Cell c = row.getCell(col);
        if (c != null) {
            row.removeCell(c);
        }
        return row.createCell(col);
    }

    /** The fixture workbook with the entry {@code name} replaced by {@code content} (or added). */
    static byte[] withEntry(String name, byte[] content) {
        return rezip(zip -> {
            try {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content);
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, name);
    }

    /** The fixture workbook with {@code extra} entries of a few bytes added. */
    static byte[] withEntries(int extra) {
        return rezip(zip -> {
            try {
                for (int i = 0; i < extra; i++) {
                    zip.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
                    zip.write("<a/>".getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, null);
    }

    private static byte[] rezip(Consumer<ZipOutputStream> add, String skip) {
        try {
            // read through the central directory: a streamed workbook's entries carry their sizes only there
            java.nio.file.Path tmp = java.nio.file.Files.createTempFile("plan", ".xlsx");
            try {
                java.nio.file.Files.write(tmp, plan());
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ZipFile in = new ZipFile(tmp.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
                    for (ZipEntry e : java.util.Collections.list(in.entries())) {
                        if (e.getName().equals(skip)) {
                            continue;
                        }
                        out.putNextEntry(new ZipEntry(e.getName()));
                        in.getInputStream(e).transferTo(out);
                        out.closeEntry();
                    }
                    add.accept(out);
                }
                return bytes.toByteArray();
            } finally {
                java.nio.file.Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook's own workbook.xml with a DOCTYPE declaring an external entity (XXE) put in front. */
    static byte[] externalEntity() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "
                + "\"file:///etc/passwd\">]>\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                + "main\"><sheets><sheet name=\"&xxe;\" sheetId=\"1\" r:id=\"rId1\" xmlns:r=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships\"/></sheets></workbook>";
        return withEntry("xl/workbook.xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Shared strings whose entity expands a billion times (the "billion laughs"). */
    static byte[] entityBomb() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE sst [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + dtd + "<sst xmlns=\"http://schemas."
                + "openxmlformats.org/spreadsheetml/2006/main\"><si><t>&l9;</t></si></sst>";
        return withEntry("xl/sharedStrings.xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    /** A first sheet of 20 MB of spaces, which deflate to about 20 KB: a zip bomb (it inflates 1,000 times). */
    static byte[] zipBomb() {
        byte[] sheet = new byte[20 << 20];
        java.util.Arrays.fill(sheet, (byte) ' ');
        byte[] head = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, sheet, 0, head.length);
        return withEntry("xl/worksheets/sheet1.xml", sheet);
    }
}
