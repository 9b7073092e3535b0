package org.ketoplan.common;

import org.ketoplan.nutrition.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned plain-text table for command output and reports: text columns left-aligned, number columns
 * right-aligned.
 */
public final class TextTable {
    private final List<String> headers;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    /** A table with these column headers; a header starting with '>' is right-aligned (the '>' is dropped). */
    public TextTable(String... headers) {
        this.headers = new ArrayList<>();
        this.right = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            right[i] = headers[i].startsWith(">");
            this.headers.add(right[i] ? headers[i].substring(1) : headers[i]);
        }
    }

    /** Adds a row; cells beyond the header count are ignored, missing ones are blank. */
    public TextTable row(Object... cells) {
        String[] r = new String[headers.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
        }
        rows.add(r);
        return this;
    }

    /** A separator line drawn across the table. */
    public TextTable rule() {
        rows.add(null);
        return this;
    }

    /** The table as text, ending in a newline. */
    public String render() {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = headers.get(i).length();
        }
        for (String[] r : rows) {
            if (r != null) {
                for (int i = 0; i < width.length; i++) {
                    width[i] = Math.max(width[i], r[i].length());
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers.toArray(new String[0]), width);
        int total = 0;
        for (int w : width) {
            total += w + 2;
        }
        String rule = "-".repeat(Math.max(0, total - 2));
        sb.append(rule).append('\n');
        for (String[] r : rows) {
            if (r == null) {
                sb.append(rule).append('\n');
            } else {
                line(sb, r, width);
            }
        }
        return sb.toString();
    }

    private void line(StringBuilder sb, String[] cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            String pad = " ".repeat(width[i] - c.length());
            l.append(right[i] ? pad + c : c + pad);
            if (i < cells.length - 1) {
                l.append("  ");
            }
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    /** A number to {@code decimals} places, e.g. {@code fixed(2.456, 1)} = "2.5". */
    public static String fixed(double v, int decimals) {
        return org.ketoplan.nutrition.Numbers.fixed(v, decimals);
    }
}
