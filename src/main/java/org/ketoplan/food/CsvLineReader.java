package org.ketoplan.food;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * A lean RFC 4180 reader for the one shipped table read on every start ({@code foods/short-names.csv},
 * {@link ShortNames}): commas, double quotes (a doubled quote inside quotes is one quote), line breaks inside
 * quotes, CRLF or LF. It reads the whole text first and loads no other class, which matters when the JVM has just
 * started; every other CSV file is read with {@link CsvRows} (Jackson CSV).
 */
final class CsvLineReader {
    private final char[] text;
    private final int length;
    private int pos;
    private int line = 1;
    private int rowLine;
    private final StringBuilder cell = new StringBuilder(64);

    CsvLineReader(Reader in) throws IOException {
        StringBuilder all = new StringBuilder(1 << 16);
        char[] buf = new char[1 << 16];
        int n;
        while ((n = in.read(buf)) >= 0) {
            all.append(buf, 0, n);
        }
        length = all.length();
        text = new char[length];
        all.getChars(0, length, text, 0);
        if (length > 0 && text[0] == '\uFEFF') {
            pos = 1;
        }
    }

    /** The line the last row read starts on (1 = the header). */
    int line() {
        return rowLine;
    }

    /**
     * Reads the next row into {@code row}.
     *
     * @return false at the end of the text
     * @throws IOException for a quote that is never closed
     */
    boolean next(List<String> row) throws IOException {
        row.clear();
        if (pos >= length) {
            return false;
        }
        rowLine = line;
        while (true) {
            cell.setLength(0);
            if (pos < length && text[pos] == '"') {
                pos++;
                while (true) {
                    if (pos >= length) {
                        throw new IOException("a quoted cell opened on line " + rowLine + " is never closed");
                    }
                    char c = text[pos++];
                    if (c == '"') {
                        if (pos < length && text[pos] == '"') {
                            cell.append('"');
                            pos++;
                        } else {
                            break;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                    }
                }
            }
            int start = pos;
            while (pos < length && text[pos] != ',' && text[pos] != '\n' && text[pos] != '\r') {
                pos++;
            }
            if (cell.length() == 0) {
                row.add(new String(text, start, pos - start));
            } else {
                cell.append(text, start, pos - start);
                row.add(cell.toString());
            }
            if (pos >= length) {
                return true;
            }
            char end = text[pos++];
            if (end == ',') {
                continue;
            }
            if (end == '\r' && pos < length && text[pos] == '\n') {
                pos++;
            }
            line++;
            return true;
        }
    }
}
