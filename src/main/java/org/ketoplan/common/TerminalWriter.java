package org.ketoplan.common;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer for a terminal that lets no text from a file or an argument control it: every control character but
 * the line break and the tab (ESC starts an escape sequence that can recolour, move the cursor or retitle the
 * window; CR and BS overwrite what is shown) and every bidirectional override (which reorders what is shown) is
 * written as "?".
 */
public final class TerminalWriter extends FilterWriter {
    /** Filters {@code out}. */
    public TerminalWriter(Writer out) {
        super(out);
    }

    /** True for a character a terminal would act on rather than show. */
    static boolean unsafe(char c) {
        return (Text.isControl(c) && c != '\n' && c != '\t') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    @Override
    public void write(int c) throws IOException {
        out.write(unsafe((char) c) ? '?' : c);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        char[] copy = null;
        for (int i = 0; i < len; i++) {
            if (unsafe(buf[off + i])) {
                if (copy == null) {
                    copy = java.util.Arrays.copyOfRange(buf, off, off + len);
                }
                copy[i] = '?';
            }
        }
        if (copy == null) {
            out.write(buf, off, len);
        } else {
            out.write(copy, 0, len);
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.toCharArray(), off, len);
    }
}
