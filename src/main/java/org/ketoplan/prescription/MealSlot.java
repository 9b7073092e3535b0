package org.ketoplan.prescription;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ketoplan.nutrition.Numbers;

/**
 * A meal of the day: its name, optional clock time, its share of the energy left after the snacks, and whether it
 * is a milk feed or a meal of solids.
 *
 * @param name the meal's name ("breakfast")
 * @param time when it is eaten, or null
 * @param share the fraction of the meals' energy (0 to 1), or null when all meals share equally
 * @param kind {@link #FEED} or {@link #MEAL}, or null to go by the meal pattern and the name ({@link
 *     MealPattern#isFeed})
 */
public record MealSlot(String name,
                       @JsonDeserialize(using = Fields.TimeValue.class) LocalTime time,
                       @JsonDeserialize(using = Fields.ShareValue.class) Double share,
                       String kind) {
    /** The kind of a milk feed (bottle, cup, or breast milk with modules). */
    public static final String FEED = "feed";
    /** The kind of a meal of solid food. */
    public static final String MEAL = "meal";

    /** Rejects a blank name, a share outside 0 to 1 and an unknown kind. */
    public MealSlot {
        if (name == null || name.isBlank()) {
            throw new FieldProblem("name", "missing");
        }
        name = name.trim();
        if (share != null && !(share > 0 && share <= 1)) {
            throw new FieldProblem("share", Numbers.plain(share) + " is not between 0 and 100 %");
        }
        if (kind != null) {
            kind = kind.trim().toLowerCase(java.util.Locale.ROOT);
            if (!kind.equals(FEED) && !kind.equals(MEAL)) {
                throw new FieldProblem("kind", "'" + kind + "' is not a kind of meal: give feed or meal");
            }
        }
    }

    /** A meal whose kind goes by the pattern and its name. */
    public MealSlot(String name, LocalTime time, Double share) {
        this(name, time, share, null);
    }

    /** {@code n} equal meals named "meal 1" to "meal n", without times. */
    public static List<MealSlot> equal(int n) {
        if (n < 1 || n > 12) {
            throw new IllegalArgumentException("meals must be 1 to 12, not " + n);
        }
        List<MealSlot> meals = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            meals.add(new MealSlot("meal " + i, null, 1.0 / n));
        }
        return meals;
    }

    /**
     * Parses {@code NAME[=SHARE][@HH:MM]}, e.g. "breakfast=25%@07:00", "lunch=0.3", "tea@16:00" (no share: the
     * meals without shares divide the day equally, which is only allowed when none has a share).
     */
    public static MealSlot parse(String text) {
        String t = text == null ? "" : text.trim();
        LocalTime time = null;
        int at = t.indexOf('@');
        if (at >= 0) {
            time = Fields.parseTime(t.substring(at + 1));
            t = t.substring(0, at);
        }
        Double share = null;
        int eq = t.indexOf('=');
        if (eq >= 0) {
            share = parseShare(t.substring(eq + 1));
            t = t.substring(0, eq);
        }
        if (t.isBlank()) {
            throw new IllegalArgumentException("'" + text + "' has no meal name (write NAME=25%@07:00)");
        }
        return new MealSlot(t, time, share);
    }

    /** A share written as a percentage ("25%") or a fraction ("0.25"); "25" alone is refused as ambiguous. */
    public static double parseShare(String text) {
        String t = text == null ? "" : text.trim();
        double v;
        if (t.endsWith("%")) {
            v = Numbers.parse(t.substring(0, t.length() - 1), "share") / 100;
        } else {
            v = Numbers.parse(t, "share");
            if (v > 1) {
                throw new IllegalArgumentException("share '" + t + "' is more than 1; write a percentage as "
                        + t + "% or a fraction as " + Numbers.plain(v / 100));
            }
        }
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException("share '" + t + "' must be above 0 and at most 100 %");
        }
        return v;
    }

    /**
     * The meals with their shares filled in and checked: all shares given and adding to 100 % (within 0.1 %),
     * or none given (equal shares); names unique ignoring case.
     */
    public static List<MealSlot> resolveShares(List<MealSlot> meals) {
        if (meals.isEmpty()) {
            return meals;
        }
        long given = meals.stream().filter(m -> m.share() != null).count();
        List<MealSlot> out = new ArrayList<>();
        if (given == 0) {
            for (MealSlot m : meals) {
                out.add(new MealSlot(m.name(), m.time(), 1.0 / meals.size(), m.kind()));
            }
        } else if (given < meals.size()) {
            String missing = meals.stream().filter(m -> m.share() == null).map(MealSlot::name).findFirst().orElse("");
            throw new IllegalArgumentException("meal '" + missing + "' has no share; give every meal a share, "
                    + "or none for equal meals");
        } else {
            double sum = meals.stream().mapToDouble(MealSlot::share).sum();
            if (Math.abs(sum - 1) > 0.001) {
                throw new IllegalArgumentException("meal shares add to " + percent(sum) + ", not 100 % ("
                        + String.join(" + ", meals.stream().map(m -> percent(m.share())).toList()) + ")");
            }
            out.addAll(meals);
        }
        return List.copyOf(out);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f", share * 100).replaceAll("\\.0$", "") + " %";
    }
}
