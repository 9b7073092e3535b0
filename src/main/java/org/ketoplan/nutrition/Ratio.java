package org.ketoplan.nutrition;

import java.util.Locale;

/**
 * Ketogenic ratio arithmetic: the classic ratio, dietary units, and the Woodyatt ratio.
 *
 * <p>Sources, all in {@code shared/reference/clinical.md}, "Other conventions seen in practice": the ratio is grams
 * of fat to grams of protein plus carbohydrate; kcal per dietary unit = 9R + 4; units = kcal / (9R + 4),
 * fat = R x units, protein + carbohydrate = units; Woodyatt = (0.9 F + 0.46 P) / (C + 0.58 P + 0.1 F).
 */
public final class Ratio {
    /** The lowest ratio ketoplan accepts (issue 3: "any value from 0.5 to 6"). */
    public static final double MIN = 0.5;
    /** The highest ratio ketoplan accepts. */
    public static final double MAX = 6.0;

    private Ratio() {
    }

    /** The classic ratio fat : (protein + carbohydrate); infinite when there is fat but no protein or carbohydrate. */
    public static double classic(double fatG, double proteinG, double carbG) {
        double denominator = proteinG + carbG;
        if (denominator <= 0) {
            return fatG > 0 ? Double.POSITIVE_INFINITY : 0.0;
        }
        return fatG / denominator;
    }

    /** kcal in one dietary unit at ratio {@code r}: 9R + 4. */
    public static double kcalPerUnit(double r) {
        return Energy.FAT_KCAL_PER_G * r + Energy.PROTEIN_KCAL_PER_G;
    }

    /** Dietary units in {@code kcal} at ratio {@code r}: kcal / (9R + 4). */
    public static double units(double kcal, double r) {
        return kcal / kcalPerUnit(r);
    }

    /** The Woodyatt ketogenic ratio (0.9 F + 0.46 P) / (C + 0.58 P + 0.1 F). */
    public static double woodyatt(double fatG, double proteinG, double carbG) {
        double denominator = carbG + 0.58 * proteinG + 0.1 * fatG;
        if (denominator <= 0) {
            return 0.0;
        }
        return (0.9 * fatG + 0.46 * proteinG) / denominator;
    }

    /**
     * Parses a ratio written as a number ("4", "3.5") or in colon notation ("4:1", "3.5:1", "7:2").
     *
     * @throws IllegalArgumentException naming the text when it is not a ratio from {@link #MIN} to {@link #MAX}
     */
    public static double parse(String text) {
        String t = text == null ? "" : text.trim();
        double value;
        try {
            int colon = t.indexOf(':');
            if (colon >= 0) {
                double left = Numbers.parse(t.substring(0, colon), "ratio");
                double right = Numbers.parse(t.substring(colon + 1), "ratio");
                if (right <= 0) {
                    throw new IllegalArgumentException("ratio '" + text + "' has nothing after the colon");
                }
                value = left / right;
            } else {
                value = Numbers.parse(t, "ratio");
            }
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("ratio")) {
                throw e;
            }
            throw new IllegalArgumentException("ratio '" + text + "' is not a number or R:1", e);
        }
        return checkRange(value);
    }

    /** Returns {@code r} when it lies from {@link #MIN} to {@link #MAX}; otherwise throws naming it. */
    public static double checkRange(double r) {
        if (!(r >= MIN && r <= MAX)) {
            throw new IllegalArgumentException("ratio " + Numbers.plain(r) + " is outside " + Numbers.plain(MIN)
                    + " to " + Numbers.plain(MAX));
        }
        return r;
    }

    /** A ratio as people write it: "4:1", "3.5:1", "2.75:1". */
    public static String format(double r) {
        if (Double.isInfinite(r)) {
            return "inf:1";
        }
        return String.format(Locale.ROOT, "%.2f", r).replaceAll("0+$", "").replaceAll("\\.$", "") + ":1";
    }
}
