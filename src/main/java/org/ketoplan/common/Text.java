package org.ketoplan.common;

/**
 * Control characters in text from files and the command line, which must not reach a terminal (escape sequences),
 * a calendar, a PDF or a spreadsheet as they are.
 *
 * <p>A control character is one of Unicode's category Cc: U+0000 to U+001F, U+007F (delete) and U+0080 to U+009F
 * (the C1 controls; U+009B starts a terminal escape sequence like ESC [).
 */
public final class Text {
    private Text() {
    }

    /** True for a control character (Unicode category Cc). */
    public static boolean isControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL;
    }

    /**
     * The index of the first control character of {@code text} other than those in {@code allowed}, or -1.
     *
     * @param allowed control characters that may appear ("\n\t" for text with line breaks), or ""
     */
    public static int firstControl(String text, String allowed) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && allowed.indexOf(c) < 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Fails when {@code text} holds a control character other than those in {@code allowed}, naming it: "name:
     * holds the control character U+001B; remove it".
     *
     * @throws IllegalArgumentException naming {@code field}
     */
    public static String checkNoControls(String field, String text, String allowed) {
        int i = firstControl(text, allowed);
        if (i >= 0) {
            throw new FieldError(field, "holds the control character " + codePoint(text.charAt(i))
                    + " (at character " + (i + 1) + "); remove it");
        }
        return text;
    }

    /**
     * {@code text} on one line for a terminal or a message: line breaks and tabs become spaces, any other control
     * character is shown as its code ({@code \u001B}) so that it is visible and does nothing.
     */
    public static String printable(String text) {
        if (text == null || firstControl(text, "") < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (isControl(c)) {
                sb.append("\\u").append(String.format(java.util.Locale.ROOT, "%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * {@code text} with every control character replaced by a space, except those in {@code kept} (for an output
     * format that has its own way of writing, say, a line break).
     */
    public static String withoutControls(String text, String kept) {
        if (text == null || firstControl(text, kept) < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(isControl(c) && kept.indexOf(c) < 0 ? ' ' : c);
        }
        return sb.toString();
    }

    /** "U+001B". */
    public static String codePoint(int cp) {
        return String.format(java.util.Locale.ROOT, "U+%04X", cp);
    }
}
