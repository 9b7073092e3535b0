package org.ketoplan.nutrition;

/** Guards used by the compact constructors of value types; each message names the value it rejects. */
public final class Checks {
    private Checks() {
    }

    /** Returns {@code value} if it is a finite number of at least zero; otherwise throws naming {@code what}. */
    public static double nonNegative(String what, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a number, not " + value);
        }
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative (" + Numbers.plain(value) + ")");
        }
        return value;
    }

    /** Returns {@code value} if it is a finite number above zero; otherwise throws naming {@code what}. */
    public static double positive(String what, double value) {
        nonNegative(what, value);
        if (value == 0) {
            throw new IllegalArgumentException(what + " must be above zero");
        }
        return value;
    }
}
