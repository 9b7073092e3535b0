package org.ketoplan.diary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ketoplan.common.SpreadsheetText;
import org.ketoplan.common.Text;

/**
 * The rows of the diary files, read and written with Jackson's CSV module: comma-separated, one record per line, a
 * field in double quotes when it holds a comma or a quote; spaces at either end of a field are not kept.
 *
 * <p>Text is written so that a spreadsheet opening the file shows it and never runs it
 * ({@link SpreadsheetText#escape}: a note {@code =HYPERLINK(...)} is written {@code '=HYPERLINK(...)} and read back
 * as typed), on one line (line breaks and other control characters become spaces).
 */
final class DiaryCsv {
    private static final CsvMapper MAPPER = new CsvMapper();
    /** Quotes only where CSV needs it (a comma, a quote), so the files stay as plain as people type them. */
    private static final ObjectWriter WRITER = MAPPER.writerFor(String[].class).with(CsvSchema.emptySchema())
            .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    private static final ObjectReader READER = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema());

    private DiaryCsv() {
    }

    /** One line (ending in a line end) of {@code fields}; {@code text[i]} marks the fields that are free text. */
    static String line(List<String> fields, boolean[] text) {
        String[] out = new String[fields.size()];
        for (int i = 0; i < out.length; i++) {
            String v = fields.get(i) == null ? "" : Text.withoutControls(fields.get(i), "");
            out[i] = i < text.length && text[i] ? SpreadsheetText.escape(v) : v;
        }
        try {
            String s = WRITER.writeValueAsString(out);
            return s.endsWith("\n") ? s : s + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a diary row", e);
        }
    }

    /** The header line of {@code columns}. */
    static String header(List<String> columns) {
        return line(columns, new boolean[0]);
    }

    /**
     * The fields of one line, trimmed; text fields ({@code text[i]}) as they were before {@link #line} escaped them.
     *
     * @throws IllegalArgumentException when the line is not a CSV record (a quote not closed)
     */
    static List<String> fields(String line, boolean[] text) {
        String[] values;
        try {
            values = READER.readValue(line);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a CSV row (a quoted field is not closed?)");
        }
        if (values == null) {
            values = new String[0];
        }
        List<String> out = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            String v = values[i] == null ? "" : values[i].strip();
            out.add(i < text.length && text[i] ? SpreadsheetText.unescape(v) : v);
        }
        return out;
    }

    /** Which of {@code columns} are free text (the others are dates and numbers, never escaped). */
    static boolean[] textColumns(List<String> columns, String... text) {
        boolean[] t = new boolean[columns.size()];
        List<String> names = Arrays.asList(text);
        for (int i = 0; i < t.length; i++) {
            t[i] = names.contains(columns.get(i));
        }
        return t;
    }
}
