package org.ketoplan.compose;

import java.util.Objects;
import org.ketoplan.food.Food;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Checks;
import org.ketoplan.nutrition.Macros;

/**
 * One food of a composed meal and its amount.
 *
 * @param food the food
 * @param amount grams, or ml for a food given per 100 ml; a multiple of the scale step
 * @param counted false for a seasoning whose nutrients are left out of the meal's totals
 */
public record Portion(Food food, double amount, boolean counted) {
    /** Rejects a missing food and a negative amount. */
    public Portion {
        Objects.requireNonNull(food, "food");
        Checks.nonNegative(food.id() + " amount", amount);
    }

    /** Fat, protein, carbohydrate and fibre in this portion. */
    public Macros macros() {
        return food.macros(amount);
    }

    /** Energy of this portion by 9/4/4 with carbohydrate by {@code conv}. */
    public double kcal(CarbConvention conv) {
        return macros().kcal(conv);
    }
}
