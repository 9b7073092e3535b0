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
 */
public record PlannedMeal(String slot, String time, String recipeId, String recipeName, List<String> directions,
                          PlanTotals target, List<PlannedFood> foods, PlanTotals totals, boolean withinTolerance) {
    /** Rejects a missing slot; copies the lists. */
    public PlannedMeal {
        if (slot == null || slot.isBlank()) {
            throw new IllegalArgumentException("meal: missing field 'slot'");
        }
        directions = directions == null ? List.of() : List.copyOf(directions);
        foods = foods == null ? List.of() : List.copyOf(foods);
    }
}
