package org.ketoplan.prescription;

import java.util.Locale;
import org.ketoplan.nutrition.Ratio;

/**
 * Whether the day's dietary units are used as calculated or rounded down to whole units, as hand calculations do.
 *
 * <p>{@link #DOWN}: units = floor(kcal / (9R + 4)); the day's kcal becomes units x (9R + 4), fat R x units and
 * carbohydrate units - protein. The published example: 18 kg x 68 kcal/kg = 1224 kcal at 3:1, 1224 / 31 = 39.48
 * -> 39 units, fat 117 g, protein 18 g (1 g/kg), carbohydrate 39 - 18 = 21 g (ISRN Pediatrics 2012, article
 * 263139, Table 2, https://www.hindawi.com/journals/isrn/2012/263139/tab2/).
 */
public enum UnitsRounding {
    /** Units as calculated (the default). */
    NONE,
    /** Whole units, rounded down. */
    DOWN;

    /** The source shown with a prescription rounded down. */
    public static final String DOWN_SOURCE = "dietary units rounded down to whole units (1224 kcal at 3:1: 39.48 -> "
            + "39 units; " + Citation.ISRN_2012_UNITS.cite() + ")";

    /** "down" or "none" (any case). */
    public static UnitsRounding parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (UnitsRounding u : values()) {
            if (u.word().equals(t)) {
                return u;
            }
        }
        throw new IllegalArgumentException("units rounding must be 'down' or 'none', not '" + text + "'");
    }

    /** The lower-case word used in files and options. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The day's kcal after rounding the units at ratio {@code r}: kcal itself for NONE. */
    public double kcal(double kcal, double r) {
        if (this == NONE) {
            return kcal;
        }
        double perUnit = Ratio.kcalPerUnit(r);
        return Math.floor(kcal / perUnit + 1e-9) * perUnit;
    }
}
