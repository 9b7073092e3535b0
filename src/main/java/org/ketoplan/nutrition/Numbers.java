package org.ketoplan.nutrition;

import java.util.regex.Pattern;

/**
 * Numbers as people type and read them: the one parser (a decimal point is required: "12,5" is rejected with a
 * message that says so, rather than being misread as 125 or 12) and the one formatter of numbers for output
 * ({@link #plain}, {@link #fixed}, {@link #trimmed}, {@link #threeFigures}, {@link #forMessage}).
 */
public final class Numbers {
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d*,\\d+");

    private Numbers() {
    }

    /**
     * Parses a decimal number.
     *
     * @param text the text typed
     * @param what what the number is, for the message ("fat_g")
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

    /** A number as short as it can be written exactly, without trailing zeros: 81.11, 0.005, 717. */
    public static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** A number to {@code decimals} places, rounded half up: {@code fixed(2.456, 1)} = "2.5"; infinity "inf". */
    public static String fixed(double v, int decimals) {
        if (Double.isInfinite(v)) {
            return "inf";
        }
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A number to {@code decimals} places without a trailing ".0": {@code trimmed(30.0, 1)} = "30", "3.8". */
    public static String trimmed(double v, int decimals) {
        String s = fixed(v, decimals);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** A nutrient amount to about three figures: 717, 81.1, 0.85 (2 places below 10, 1 below 100, else none). */
    public static String threeFigures(double v) {
        return v >= 100 ? fixed(v, 0) : v >= 10 ? fixed(v, 1) : fixed(v, 2);
    }

    /** A number for a message without binary noise or exponent: 1.0E8 is "100000000"; beyond 1e15, 4 figures. */
    public static String forMessage(double v) {
        if (Math.abs(v) >= 1e15 || (v != 0 && Math.abs(v) < 1e-6)) {
            return String.format(java.util.Locale.ROOT, "%.4g", v);
        }
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
