package org.ketoplan.common;

/**
 * Keeps text from running as a formula when a spreadsheet opens a CSV file ("CSV injection"): a cell that starts
 * with {@code = + - @}, a tab or a carriage return gets a leading single quote, as OWASP's CSV injection advice
 * recommends (owasp.org/www-community/attacks/CSV_Injection).
 *
 * <p>For files ketoplan reads back (the diary), the escape is reversible: text that already starts with a single
 * quote gets one more, and {@link #unescape} takes exactly one away.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {
    }

    /** {@code text}, with a leading {@code '} when a spreadsheet would otherwise run it as a formula. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return formulaStart(text.charAt(0)) ? "'" + text : text;
    }

    /**
     * {@code text} escaped so that {@link #unescape} gives it back: {@link #safe}, and a leading {@code '} doubled.
     */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return formulaStart(c) || c == '\'' ? "'" + text : text;
    }

    /** The text {@link #escape} was given: one leading {@code '} taken away. */
    public static String unescape(String text) {
        return text != null && text.startsWith("'") ? text.substring(1) : text;
    }

    private static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
