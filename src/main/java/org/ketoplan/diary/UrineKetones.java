package org.ketoplan.diary;

import java.util.Locale;
import org.ketoplan.common.Limits;
import org.ketoplan.nutrition.Numbers;

/**
 * A urine ketone strip reading: the strip's word, or a number in mmol/L (acetoacetate) sorted into the strip's
 * levels.
 *
 * <p>Levels and their thresholds follow the colour chart of the common nitroprusside strip (Ketostix package
 * insert, Ascensia Diabetes Care): trace 5 mg/dL (0.5 mmol/L), small 15 mg/dL (1.5 mmol/L), moderate 40 mg/dL
 * (3.9 mmol/L), large 80 mg/dL (7.8 mmol/L) and above.
 *
 * @param level the strip level
 * @param mmol the number written, or null when a word was written
 */
public record UrineKetones(Level level, Double mmol) {
    /** The strip's levels, lowest first, with the lowest mmol/L of each. */
    public enum Level {
        /** No colour change. */
        NEGATIVE(0),
        /** About 0.5 mmol/L. */
        TRACE(0.5),
        /** About 1.5 mmol/L. */
        SMALL(1.5),
        /** About 3.9 mmol/L. */
        MODERATE(3.9),
        /** 7.8 mmol/L and above. */
        LARGE(7.8);

        private final double fromMmol;

        Level(double fromMmol) {
            this.fromMmol = fromMmol;
        }

        /** The word written on the strip's chart. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Rejects a missing level. */
    public UrineKetones {
        if (level == null) {
            throw new IllegalArgumentException("ketones_urine: missing level");
        }
    }

    /**
     * Parses a level word (negative, trace, small, moderate, large) or a number in mmol/L.
     *
     * @throws IllegalArgumentException naming the text
     */
    public static UrineKetones parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Level l : Level.values()) {
            if (l.word().equals(t)) {
                return new UrineKetones(l, null);
            }
        }
        double v;
        try {
            v = Numbers.parse(t, "ketones_urine");
        } catch (IllegalArgumentException e) {
            if (e.getMessage().contains("decimal comma")) {
                throw e;
            }
            throw new IllegalArgumentException("ketones_urine: '" + text.trim() + "' is not a strip level (negative, "
                    + "trace, small, moderate, large) or a number in mmol/L");
        }
        if (v < 0) {
            throw new IllegalArgumentException("ketones_urine: '" + text.trim() + "' is negative");
        }
        if (v > Limits.URINE_KETONES_MMOL) {
            throw new IllegalArgumentException("ketones_urine: " + text.trim() + " is more than "
                    + Numbers.plain(Limits.URINE_KETONES_MMOL) + " mmol/L, the top of the strip's chart (160 mg/dL); "
                    + "write the level or mmol/L");
        }
        Level level = Level.NEGATIVE;
        for (Level l : Level.values()) {
            if (v >= l.fromMmol) {
                level = l;
            }
        }
        return new UrineKetones(level, v);
    }

    /** As written in {@code days.csv}. */
    public String text() {
        return mmol == null ? level.word() : Numbers.plain(mmol);
    }
}
