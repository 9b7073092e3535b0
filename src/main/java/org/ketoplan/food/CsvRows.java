package org.ketoplan.food;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.InputFiles;

/**
 * Reads a CSV file (RFC 4180: commas, double quotes, a doubled quote inside quotes, line breaks inside quotes, CRLF
 * or LF, a byte-order mark) one row at a time with Jackson's CSV parser: the one CSV reader of the food tables, the
 * users' FDC files and the shipped sources. Every error names the file and line ("food.csv:12: ...").
 */
final class CsvRows implements AutoCloseable {
    private static final CsvFactory CSV = new CsvFactory();

    private final String name;
    private final CsvParser parser;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> row = new ArrayList<>(16);
    private int line;

    private CsvRows(String name, CsvParser parser) {
        this.name = name;
        this.parser = parser;
    }

    /**
     * Opens {@code file} and reads its header.
     *
     * @param required columns that must be in the header
     * @throws BadInputException for a missing file or column
     */
    static CsvRows open(Path file, String... required) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        CsvRows rows;
        try {
            BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            rows = new CsvRows(name, (CsvParser) CSV.createParser(in));
        } catch (IOException e) {
            throw InputFiles.cannotRead(file, e);
        }
        try {
            if (!rows.next()) {
                throw BadInputException.at(name + ":1", "the file is empty; expected a header row");
            }
            for (int i = 0; i < rows.row.size(); i++) {
                rows.columns.putIfAbsent(rows.row.get(i).strip().replace("\uFEFF", ""), i);
            }
            for (String c : required) {
                rows.column(c);
            }
            return rows;
        } catch (RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    /**
     * A reader of {@code in} named {@code name} in messages, its header row read as any other
     * ({@link #next(List)}).
     */
    static CsvRows of(String name, java.io.Reader in) {
        try {
            return new CsvRows(name, (CsvParser) CSV.createParser(in));
        } catch (IOException e) {
            throw BadInputException.at(name, "cannot read CSV (" + InputFiles.describe(e) + ")");
        }
    }

    /**
     * Reads the next row into {@code out} (cells as written, a leading byte-order mark dropped).
     *
     * @return false at the end of the text
     * @throws BadInputException "name:line: ..." for a malformed row (a quote never closed)
     */
    boolean next(List<String> out) {
        out.clear();
        if (!next()) {
            return false;
        }
        out.addAll(row);
        if (!out.isEmpty() && out.get(0).startsWith("\uFEFF")) {
            out.set(0, out.get(0).substring(1));
        }
        return true;
    }

    /** The line the last row read starts on (1 = the header). */
    int line() {
        return line;
    }

    /** The index of {@code column}. */
    int column(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw BadInputException.at(name + ":1", "missing column '" + column + "'");
        }
        return i;
    }

    /** True when the header has {@code column}. */
    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** Moves to the next row; false at the end of the file. */
    boolean next() {
        row.clear();
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                return false;
            }
            line = parser.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_ARRAY) {
                throw BadInputException.at(place(), "unreadable row");
            }
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw BadInputException.at(place(), "unterminated row");
                }
                if (row.isEmpty()) {
                    // the row's start is reported at the end of the line before; its first cell is on its own line
                    line = parser.currentTokenLocation().getLineNr();
                }
                row.add(parser.getText());
            }
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            // the reader decodes ahead of the parser: the bad byte is at or a little after this line
            throw BadInputException.at(name + ":" + Math.max(line, parser.currentLocation().getLineNr()),
                    "not UTF-8 text at or after this line; save the file as UTF-8");
        } catch (IOException e) {
            throw BadInputException.at(name + ":" + Math.max(line, parser.currentLocation().getLineNr()),
                    "malformed CSV (" + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                            ? j.getOriginalMessage() : InputFiles.describe(e)) + ")");
        }
    }

    /** The cell of {@code column} in the current row, stripped; empty when the row is short. */
    String get(int column) {
        return column < row.size() ? row.get(column).strip() : "";
    }

    /** The cell of {@code column} as a number, or null when it is empty. */
    Double number(int column, String what) {
        String cell = get(column);
        if (cell.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(cell);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw BadInputException.at(place(), what + ": '" + cell + "' is not a number");
        }
    }

    /** "food.csv:12". */
    String place() {
        return name + ":" + line;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // read-only: nothing is lost
        }
    }
}
