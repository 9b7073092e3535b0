package org.ketoplan.plan;

import java.time.LocalDate;
import java.util.Comparator;
import org.ketoplan.recipe.ProteinSource;

/**
 * How much serving a recipe in a slot on a day would repeat what the last {@link #WINDOW_DAYS} days served: the
 * menu planner tries the recipes of a slot in this order, least repetitive first.
 *
 * @param rulesBroken 2 when the recipe is served already that day, 1 when it was in the same slot the day before
 *     (both: 3), 0 otherwise; a planner breaks these rules only when no other recipe composes
 * @param sourceUses servings of the recipe's protein source in the window
 * @param recipeUses servings of the recipe itself in the window
 */
record Variety(int rulesBroken, int sourceUses, int recipeUses) {
    /** The days looked back on, the day itself included. */
    static final int WINDOW_DAYS = 7;
    /**
     * How much a serving of the recipe itself in the window counts against it, next to a serving of its protein
     * source: 2, so that a slot whose recipes mostly share one source (breakfasts are mostly egg) does not serve its
     * one recipe of another source every other day.
     */
    static final int REPEAT_WEIGHT = 2;

    /** Fewer rules broken first, then fewer servings of the source plus {@link #REPEAT_WEIGHT} of the recipe's. */
    static final Comparator<Variety> LEAST_REPETITIVE_FIRST = Comparator.comparingInt(Variety::rulesBroken)
            .thenComparingInt(v -> v.sourceUses() + REPEAT_WEIGHT * v.recipeUses())
            .thenComparingInt(Variety::recipeUses);

    /** Rejects negative counts and a rule level outside 0 to 3. */
    Variety {
        if (rulesBroken < 0 || rulesBroken > 3 || sourceUses < 0 || recipeUses < 0) {
            throw new IllegalArgumentException("variety: impossible counts " + rulesBroken + ", " + sourceUses + ", "
                    + recipeUses);
        }
    }

    /** A recipe served on a day in a slot, with its protein source (null when the recipe is no longer known). */
    record Serving(LocalDate date, String slot, String recipeId, ProteinSource source) {
    }

    /** How repetitive serving {@code recipeId} of {@code source} in {@code slot} on {@code date} is. */
    static Variety of(Iterable<Serving> served, LocalDate date, String slot, String recipeId, ProteinSource source) {
        int level = 0;
        int sources = 0;
        int uses = 0;
        LocalDate from = date.minusDays(WINDOW_DAYS - 1);
        for (Serving u : served) {
            if (u.date().isBefore(from) || u.date().isAfter(date)) {
                continue;
            }
            if (u.recipeId().equals(recipeId)) {
                uses++;
                if (u.date().equals(date)) {
                    level |= 2;
                } else if (u.date().equals(date.minusDays(1)) && u.slot().equalsIgnoreCase(slot)) {
                    level |= 1;
                }
            }
            if (u.source() == source) {
                sources++;
            }
        }
        return new Variety(level, sources, uses);
    }
}
