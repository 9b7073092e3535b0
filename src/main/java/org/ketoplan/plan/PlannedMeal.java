package org.ketoplan.plan;

import java.util.List;

/**
 * One meal of one day: the recipe, the foods with their weighed amounts, the targets and what was achieved.
 *
 * @param slot the slot's name ("breakfast")
 * @param time "HH:MM", or null
 * @param recipeId the recipe's id, or null for a meal composed from loose foods
 * @param recipeName the recipe's name
 * @param directions short directions for the parent
 * @param target the meal's targets
 * @param foods the foods with amounts, counted ones first
 * @param totals what the counted foods supply
 * @param withinTolerance whether the ratio and kcal bands hold
 * @param kind "meal", "snack", "feed" or "breastfeed" (null in older plans: a meal or snack)
 * @param volumeMl a feed's made-up volume, ml (water and liquid products), or null
 */
public record PlannedMeal(String slot, String time, String recipeId, String recipeName, List<String> directions,
                          PlanTotals target, List<PlannedFood> foods, PlanTotals totals, boolean withinTolerance,
                          String kind, Double volumeMl) {
    /** The kind of a feed at the breast (its volume estimated, not weighed). */
    public static final String BREASTFEED = "breastfeed";

    /** Rejects a missing slot; copies the lists. */
    public PlannedMeal {
        if (slot == null || slot.isBlank()) {
            throw new IllegalArgumentException("meal: missing field 'slot'");
        }
        directions = directions == null ? List.of() : List.copyOf(directions);
        foods = foods == null ? List.of() : List.copyOf(foods);
    }

    /** A meal or snack (no kind or volume kept). */
    public PlannedMeal(String slot, String time, String recipeId, String recipeName, List<String> directions,
                       PlanTotals target, List<PlannedFood> foods, PlanTotals totals, boolean withinTolerance) {
        this(slot, time, recipeId, recipeName, directions, target, foods, totals, withinTolerance, null, null);
    }

    /** This meal with other foods, totals and band check, its kind and volume kept. */
    public PlannedMeal withFoods(List<PlannedFood> newFoods, PlanTotals newTotals, boolean inBand) {
        return new PlannedMeal(slot, time, recipeId, recipeName, directions, target, newFoods, newTotals, inBand,
                kind, volumeMl);
    }
}
