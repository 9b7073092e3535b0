package org.ketoplan.app;

import org.ketoplan.nutrition.Numbers;

/**
 * A food offered to the composer, as a person names it: an id or a name, and how much may be used.
 *
 * @param food the food's id or name (resolved in the workspace's database)
 * @param min the least amount (0 for any amount)
 * @param max the largest amount ({@link Double#POSITIVE_INFINITY} for any amount; equal to {@code min} when fixed)
 * @param preferred the amount a recipe would use (kept in proportion), or null
 * @param counted false for a seasoning weighed in but left out of the macros (its amount fixed)
 */
public record FoodChoice(String food, double min, double max, Double preferred, boolean counted) {
    /**
     * Rejects ({@link InvalidRequest}, field "food") a blank food, negative or crossed amounts and a non-positive
     * preferred amount.
     */
    public FoodChoice {
        if (food == null || food.isBlank()) {
            throw InvalidRequest.of("food", food, "no food named");
        }
        if (!(min >= 0) || Double.isNaN(max) || max < min) {
            throw InvalidRequest.of("food", food, food + ": amounts " + Numbers.plain(min) + ".." + Numbers.plain(max)
                    + " are not a range from zero up");
        }
        if (preferred != null && !(preferred > 0)) {
            throw InvalidRequest.of("food", food, food + ": the preferred amount must be above zero");
        }
    }

    /** Any amount of {@code food}. */
    public static FoodChoice any(String food) {
        return new FoodChoice(food, 0, Double.POSITIVE_INFINITY, null, true);
    }

    /** Exactly {@code amount} of {@code food}. */
    public static FoodChoice fixed(String food, double amount) {
        return new FoodChoice(food, amount, amount, null, true);
    }
}
