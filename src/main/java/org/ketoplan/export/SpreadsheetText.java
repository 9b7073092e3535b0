package org.ketoplan.export;

/**
 * Keeps text from running as a formula when a spreadsheet opens a CSV file ("CSV injection"): a cell that starts
 * with {@code = + - @}, a tab or a carriage return gets a leading single quote, as OWASP's CSV injection advice
 * recommends (owasp.org/www-community/attacks/CSV_Injection).
 */
public final class SpreadsheetText {
    private SpreadsheetText() {
    }

    /** {@code text}, with a leading {@code '} when a spreadsheet would otherwise run it as a formula. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + text;
        }
        return text;
    }
}
