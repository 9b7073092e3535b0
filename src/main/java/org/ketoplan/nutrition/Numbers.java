package org.ketoplan.nutrition;

import java.util.regex.Pattern;

/**
 * Parsing of numbers typed by people. A decimal point is required: "12,5" is rejected with a message that says
 * so, rather than being misread as 125 or 12.
 */
public final class Numbers {
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d*,\\d+");

    private Numbers() {
    }

    /**
     * Parses a decimal number.
     *
     * @param text the text typed
     * @param what what the number is, for the message ("--fat", "fat_g")
     * @throws IllegalArgumentException with a message naming {@code what} and the text
     */
    public static double parse(String text, String what) {
        String t = text == null ? "" : text.trim();
        if (DECIMAL_COMMA.matcher(t).matches()) {
            throw new IllegalArgumentException(what + ": '" + t + "' uses a decimal comma; write "
                    + t.replace(',', '.') + " with a decimal point");
        }
        try {
            double v = Double.parseDouble(t);
            if (Double.isNaN(v) || Double.isInfinite(v) || t.matches(".*[a-zA-Z].*")) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + t + "' is not a number");
        }
    }
}
