package org.ketoplan.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.InputFiles;
import org.ketoplan.common.Limits;
import org.ketoplan.common.Text;
import org.ketoplan.nutrition.Numbers;

/**
 * Reads the "Eaten (g)" column of a plan workbook a parent filled in.
 *
 * <p>The contract with the plan workbook: on each plan sheet one header row (found among the first
 * {@value #HEADER_SCAN_ROWS} rows) holds the titles {@code Date}, {@code Meal}, {@code Food id}, {@code Food},
 * {@code Planned (g)} and {@code Eaten (g)}, in any order and with other columns between; below it, one row per food
 * per meal with Date (a date cell) and Meal filled on every food row. Rows with an empty {@code Food id} (totals)
 * are skipped; so are sheets without such a header (Composition, Prescription, Shopping list, Nutrients). An empty
 * "Eaten (g)" means not logged; a number (0 = not eaten) is returned.
 */
public final class FilledWorkbook {
    /** How many rows from the top of a sheet are searched for the header row. */
    public static final int HEADER_SCAN_ROWS = 30;
    private static final String[] TITLES = {WorkbookLayout.PlanColumn.DATE.title(),
        WorkbookLayout.PlanColumn.MEAL.title(), WorkbookLayout.PlanColumn.FOOD_ID.title(),
        WorkbookLayout.PlanColumn.PLANNED.title(), WorkbookLayout.PlanColumn.EATEN.title()};

    private FilledWorkbook() {
    }

    /**
     * One filled-in food row, or the problem that makes it unusable.
     *
     * @param place "plan.xlsx:Week 1!F14"
     * @param date the row's date
     * @param meal the meal's slot
     * @param foodId the food's id
     * @param plannedG the planned grams, or null when blank
     * @param eatenG the grams eaten (0 = not eaten)
     * @param problem what is wrong, or null
     */
    public record EatenRow(String place, LocalDate date, String meal, String foodId, Double plannedG, double eatenG,
                           String problem) {
    }

    /**
     * A filled-in row of the diary sheet ({@link WorkbookLayout#DIARY_SHEET}), or the problem that makes it unusable.
     *
     * @param place "plan.xlsx:Diary!C14" (its first input cell)
     * @param entry the day's figures, a seizure or a blood reading
     * @param date the row's date
     * @param values the input cells from column C in the entry's order: a String, a Double (a number, or a time of
     *               day as a fraction of the day), a Boolean, or null for an empty cell
     * @param places each input cell's place, as {@code values}
     * @param problem what is wrong with the row's date, or null
     */
    public record DiaryRow(String place, WorkbookLayout.DiaryEntry entry, LocalDate date, List<Object> values,
                           List<String> places, String problem) {
        /** Copies the lists (values may hold nulls). */
        public DiaryRow {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
            places = List.copyOf(places);
        }

        /** The value under {@code title} ({@link WorkbookLayout.DiaryEntry#columns()}). */
        public Object value(String title) {
            return values.get(entry.columns().indexOf(title));
        }

        /** The place of the cell under {@code title}. */
        public String placeOf(String title) {
            return places.get(entry.columns().indexOf(title));
        }
    }

    /**
     * What a parent filled in: the eaten weights and the diary sheet's rows.
     *
     * @param eaten the food rows with "Eaten (g)" filled in
     * @param diary the diary sheet's rows with at least one input
     */
    public record Contents(List<EatenRow> eaten, List<DiaryRow> diary) {
    }

    /**
     * The rows of every plan sheet whose "Eaten (g)" cell is filled in.
     *
     * @throws BadInputException when the file is not a workbook, or no sheet has the plan's header row
     */
    public static List<EatenRow> read(Path file) {
        return readAll(file).eaten();
    }

    /**
     * Everything a parent filled in: the eaten weights of the plan sheets and the rows of the diary sheet.
     *
     * @throws BadInputException when the file is not a workbook, or no sheet has the plan's header row
     */
    public static Contents readAll(Path file) {
        List<EatenRow> rows = new ArrayList<>();
        List<DiaryRow> diary = new ArrayList<>();
        int planSheets = 0;
        try (Workbook wb = open(file)) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (Sheet sheet : wb) {
                if (diaryHeader(sheet, formatter)) {
                    readDiary(file, sheet, formatter, diary);
                    continue;
                }
                Map<String, Integer> cols = null;
                int headerRow = -1;
                for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(),
                        HEADER_SCAN_ROWS - 1); r++) {
                    cols = header(sheet.getRow(r), formatter);
                    if (cols != null) {
                        headerRow = r;
                        break;
                    }
                }
                if (cols == null) {
                    continue;
                }
                planSheets++;
                for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                    EatenRow row = row(file, sheet, sheet.getRow(r), cols, formatter);
                    if (row != null) {
                        rows.add(row);
                        if (rows.size() > Limits.LIST_ITEMS) {
                            throw new BadInputException(file + ": more than " + Limits.LIST_ITEMS + " filled-in "
                                    + "\"Eaten (g)\" cells; this is not a plan workbook's diary");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + InputFiles.describe(e) + ")", e);
        }
        if (planSheets == 0) {
            throw new BadInputException(file + ": no sheet has the plan's header row (Date, Meal, Food id, "
                    + "Planned (g), Eaten (g)); is this a workbook made by 'ketoplan export'?");
        }
        return new Contents(rows, diary);
    }

    /** True for the diary sheet: its header row is Date, Entry. */
    private static boolean diaryHeader(Sheet sheet, DataFormatter f) {
        Row h = sheet.getRow(WorkbookLayout.HEADER_ROW);
        return h != null && WorkbookLayout.DIARY_HEADER.get(0).equals(text(h, 0, f))
                && WorkbookLayout.DIARY_HEADER.get(1).equals(text(h, 1, f));
    }

    /** The diary sheet's rows that name an entry in column B and have at least one input filled in. */
    private static void readDiary(Path file, Sheet sheet, DataFormatter f, List<DiaryRow> out) {
        for (int r = WorkbookLayout.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            WorkbookLayout.DiaryEntry entry = WorkbookLayout.DiaryEntry.of(text(row, 1, f));
            if (entry == null) {
                continue;
            }
            List<Object> values = new ArrayList<>();
            List<String> places = new ArrayList<>();
            boolean any = false;
            for (int i = 0; i < entry.columns().size(); i++) {
                int col = WorkbookLayout.DiaryEntry.FIRST + i;
                Object v = entry.columns().get(i).isEmpty() ? null : value(row.getCell(col), f);
                any |= v != null;
                values.add(v);
                places.add(file.getFileName() + ":" + sheet.getSheetName() + "!"
                        + new CellReference(r, col).formatAsString());
            }
            if (!any) {
                continue;
            }
            if (out.size() >= Limits.LIST_ITEMS) {
                throw new BadInputException(file + ": more than " + Limits.LIST_ITEMS + " filled-in diary rows; "
                        + "this is not a plan workbook's diary");
            }
            String place = places.get(0);
            try {
                out.add(new DiaryRow(place, entry, date(row.getCell(0), f), values, places, null));
            } catch (IllegalArgumentException e) {
                out.add(new DiaryRow(place, entry, null, values, places, e.getMessage()));
            }
        }
    }

    /** A cell's value as typed: text, a number (a time as a fraction of a day), a yes/no, or null when empty. */
    private static Object value(Cell c, DataFormatter f) {
        if (c == null) {
            return null;
        }
        return switch (c.getCellType()) {
            case NUMERIC -> c.getNumericCellValue();
            case BOOLEAN -> c.getBooleanCellValue();
            case STRING -> c.getStringCellValue().isBlank() ? null : Text.withoutControls(c.getStringCellValue()
                    .strip(), "");
            case FORMULA -> "=" + c.getCellFormula();
            default -> null;
        };
    }

    /**
     * Opens {@code file} with POI's limits (a small file that expands enormously, an XML entity or DOCTYPE, too many
     * entries) and maps every rejection to one line naming the file and the reason.
     */
    private static Workbook open(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a folder, not a workbook");
        }
        if (!Files.exists(file)) {
            throw new BadInputException(file + ": no such file");
        }
        try {
            if (Files.size(file) > Limits.WORKBOOK_BYTES) {
                throw new BadInputException(file + ": is larger than 32 MiB, the most ketoplan reads as a workbook");
            }
        } catch (IOException e) {
            throw InputFiles.cannotRead(file, e);
        }
        if (startsLikeAZip(file)) {
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                // POI falls back to reading a damaged zip entry by entry: a workbook cut short would lose its last
                // rows without a word, so the zip's directory must be whole first
                zip.size();
            } catch (IOException e) {
                throw new BadInputException(file + ": not an .xlsx workbook, or one cut short or damaged; save it "
                        + "again from the spreadsheet as .xlsx", e);
            }
        }
        PoiLimits.apply();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XSSFWorkbook(pkg);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            if (pkg != null) {
                pkg.revert();
            }
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException(file + ": " + PoiLimits.why(file, e), e);
        }
    }

    /** True when {@code file} begins as a zip archive does ("PK"); empty files and old .xls files do not. */
    private static boolean startsLikeAZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 'P' && in.read() == 'K';
        } catch (IOException e) {
            throw InputFiles.cannotRead(file, e);
        }
    }

    private static Map<String, Integer> header(Row row, DataFormatter f) {
        if (row == null) {
            return null;
        }
        Map<String, Integer> cols = new HashMap<>();
        for (Cell c : row) {
            String t = f.formatCellValue(c).trim();
            for (String title : TITLES) {
                if (t.equalsIgnoreCase(title)) {
                    cols.putIfAbsent(title, c.getColumnIndex());
                }
            }
        }
        return cols.size() == TITLES.length ? cols : null;
    }

    private static EatenRow row(Path file, Sheet sheet, Row row, Map<String, Integer> cols, DataFormatter f) {
        if (row == null) {
            return null;
        }
        String foodId = text(row, cols.get("Food id"), f);
        Cell eaten = row.getCell(cols.get("Eaten (g)"));
        String eatenText = eaten == null ? "" : f.formatCellValue(eaten).trim();
        if (foodId.isEmpty() || eatenText.isEmpty()) {
            return null;
        }
        String place = file.getFileName() + ":" + sheet.getSheetName() + "!"
                + new CellReference(row.getRowNum(), cols.get("Eaten (g)")).formatAsString();
        String meal = text(row, cols.get("Meal"), f);
        try {
            LocalDate date = date(row.getCell(cols.get("Date")), f);
            if (meal.isEmpty()) {
                throw new IllegalArgumentException("Meal: empty");
            }
            double g = number(eaten, "Eaten (g)");
            Cell plannedCell = row.getCell(cols.get("Planned (g)"));
            Double planned = plannedCell == null || f.formatCellValue(plannedCell).isBlank() ? null
                    : number(plannedCell, "Planned (g)");
            return new EatenRow(place, date, meal, foodId, planned, g, null);
        } catch (IllegalArgumentException e) {
            return new EatenRow(place, null, meal, foodId, null, 0, e.getMessage());
        }
    }

    private static String text(Row row, int col, DataFormatter f) {
        Cell c = row.getCell(col);
        return c == null ? "" : f.formatCellValue(c).trim();
    }

    private static LocalDate date(Cell c, DataFormatter f) {
        if (c == null) {
            throw new IllegalArgumentException("Date: empty");
        }
        if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            double serial = c.getNumericCellValue();
            // Excel's dates run from 1900 to 9999; outside them POI has no date to give
            if (!DateUtil.isValidExcelDate(serial) || serial > 2958465) {
                throw new IllegalArgumentException("Date: " + Numbers.plain(serial) + " is not a date");
            }
            return Limits.date("Date", c.getLocalDateTimeCellValue().toLocalDate());
        }
        String t = f.formatCellValue(c).trim();
        try {
            return Limits.date("Date", LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Date: '" + Text.printable(t) + "' is not a date");
        }
    }

    private static double number(Cell c, String what) {
        double v;
        if (c.getCellType() == CellType.FORMULA) {
            // its value is what the spreadsheet last computed, or nothing at all: never guess grams from it
            throw new IllegalArgumentException(what + ": a formula (=" + Text.printable(c.getCellFormula())
                    + "); type the grams as a number");
        }
        if (c.getCellType() == CellType.NUMERIC) {
            v = c.getNumericCellValue();
        } else if (c.getCellType() == CellType.STRING) {
            v = Numbers.parse(c.getStringCellValue(), what);
        } else {
            throw new IllegalArgumentException(what + ": '" + Text.printable(new DataFormatter(Locale.ROOT)
                    .formatCellValue(c)) + "' is not a number");
        }
        if (v < 0) {
            throw new IllegalArgumentException(what + ": " + Numbers.plain(v) + " is negative");
        }
        Limits.atMost(what, v, Limits.GRAMS, "g");
        return v;
    }
}
