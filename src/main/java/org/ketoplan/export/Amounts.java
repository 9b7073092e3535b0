package org.ketoplan.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as a parent weighs them: at the plan's scale step, without trailing zeros ("23 g", "12.5 g"). */
public final class Amounts {
    private Amounts() {
    }

    /**
     * {@code amount} rounded to the number of decimals of {@code step} (1 g: none; 0.1 g: one) and written without
     * trailing zeros, with its unit: "23 g", "12.5 g", "68 ml".
     */
    public static String weigh(double amount, double step, String unit) {
        return number(amount, step) + " " + unit;
    }

    /** {@code amount} at the decimals of {@code step}, without trailing zeros ("23", "12.5"). */
    public static String number(double amount, double step) {
        BigDecimal v = BigDecimal.valueOf(amount).setScale(decimals(step), RoundingMode.HALF_UP).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    /** The decimals a step needs: 1 -> 0, 0.5 -> 1, 0.1 -> 1, 0.05 -> 2 (0 for a missing step). */
    public static int decimals(double step) {
        if (!(step > 0)) {
            return 0;
        }
        return Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
    }
}
