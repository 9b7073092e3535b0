package org.ketoplan.plan;

import org.ketoplan.food.Basis;

/**
 * A food in a planned meal: how much to weigh and what it supplies.
 *
 * @param id the food's id (its composition is in {@link Plan#foods()})
 * @param name the food's name
 * @param amount grams (or ml), a multiple of the plan's step
 * @param unit "g" or "ml"
 * @param counted false for a seasoning left out of the macros
 * @param fatG fat supplied
 * @param proteinG protein supplied
 * @param carbG carbohydrate supplied, by the plan's convention
 * @param kcal energy supplied (9/4/4)
 */
public record PlannedFood(String id, String name, double amount, Basis unit, boolean counted, double fatG,
                          double proteinG, double carbG, double kcal) {
    /** Rejects a missing id and a negative amount. */
    public PlannedFood {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("food: missing field 'id'");
        }
        org.ketoplan.nutrition.Checks.nonNegative("amount", amount);
        unit = unit == null ? Basis.GRAM : unit;
    }
}
