package org.ketoplan.prescription;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalTime;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.nutrition.Ratio;

/**
 * A snack with its own energy and ratio, taken out of the day before the meals are split.
 *
 * @param name the snack's name
 * @param time when it is eaten, or null
 * @param kcal its energy
 * @param ratio its ketogenic ratio (often lower than the meals', e.g. 1.5:1)
 */
public record Snack(String name,
                    @JsonDeserialize(using = Fields.TimeValue.class) LocalTime time,
                    @JsonDeserialize(using = Fields.Positive.class) Double kcal,
                    @JsonDeserialize(using = Fields.RatioValue.class) Double ratio) {

    /** Rejects a missing name, energy or ratio. */
    public Snack {
        if (name == null || name.isBlank()) {
            throw new FieldProblem("name", "missing");
        }
        name = name.trim();
        if (kcal == null) {
            throw new FieldProblem("kcal", "missing for snack '" + name + "'");
        }
        if (ratio == null) {
            throw new FieldProblem("ratio", "missing for snack '" + name + "'");
        }
        Ratio.checkRange(ratio);
        if (!(kcal > 0)) {
            throw new FieldProblem("kcal", "snack '" + name + "': must be above zero (" + Numbers.plain(kcal) + ")");
        }
    }

    /**
     * Parses {@code [NAME=]KCAL[kcal]@RATIO[@HH:MM]}, e.g. "100kcal@1.5", "tea=120kcal@2:1@15:30".
     *
     * @param defaultName the name when none is written ("snack 1")
     */
    public static Snack parse(String text, String defaultName) {
        String t = text == null ? "" : text.trim();
        String name = defaultName;
        int eq = t.indexOf('=');
        if (eq >= 0) {
            name = t.substring(0, eq);
            t = t.substring(eq + 1);
        }
        String[] parts = t.split("@", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("'" + text + "' is not KCALkcal@RATIO[@HH:MM] (e.g. 100kcal@1.5)");
        }
        String k = parts[0].trim();
        if (k.toLowerCase(java.util.Locale.ROOT).endsWith("kcal")) {
            k = k.substring(0, k.length() - 4);
        }
        double kcal = Numbers.parse(k, "snack kcal");
        double ratio = Ratio.parse(parts[1]);
        LocalTime time = parts.length == 3 ? Fields.parseTime(parts[2]) : null;
        return new Snack(name, time, kcal, ratio);
    }
}
