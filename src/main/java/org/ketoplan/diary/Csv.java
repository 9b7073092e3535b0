package org.ketoplan.diary;

import java.util.ArrayList;
import java.util.List;

/**
 * The small CSV dialect of the diary files: comma-separated, one record per line, a field in double quotes when it
 * holds a comma or a quote (a quote inside doubled). Line breaks inside a field are not allowed (notes are written
 * on one line).
 */
final class Csv {
    private Csv() {
    }

    /**
     * Splits one line into fields.
     *
     * @throws IllegalArgumentException when a quoted field is not closed
     */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            f.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            f.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        f.append(c);
                    }
                }
                if (!closed) {
                    throw new IllegalArgumentException("a quoted field is not closed");
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after a closing quote");
                }
            } else {
                while (i < n && line.charAt(i) != ',') {
                    f.append(line.charAt(i++));
                }
            }
            fields.add(f.toString());
            if (i >= n) {
                return fields;
            }
            i++; // the comma
        }
    }

    /** Joins fields into one line (without the newline), quoting where needed; line breaks become spaces. */
    static String join(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < fields.size(); k++) {
            if (k > 0) {
                sb.append(',');
            }
            String v = fields.get(k) == null ? "" : fields.get(k).replaceAll("\\R", " ");
            if (v.contains(",") || v.contains("\"") || v.startsWith(" ") || v.endsWith(" ")) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.toString();
    }
}
