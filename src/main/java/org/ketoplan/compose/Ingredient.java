package org.ketoplan.compose;

import org.ketoplan.nutrition.Numbers;
import java.util.Objects;
import org.ketoplan.common.Limits;
import org.ketoplan.food.Food;
import org.ketoplan.nutrition.Checks;

/**
 * One food offered to the composer, with how much of it may be used: any amount, a fixed amount, an amount between
 * two bounds, or a fixed seasoning whose nutrients are not counted. Amounts are in the food's unit (g, or ml for a
 * food given per 100 ml).
 *
 * @param food the food
 * @param min the least amount (0 for a free food)
 * @param max the largest amount ({@link Double#POSITIVE_INFINITY} when unbounded); equal to {@code min} when fixed
 * @param preferred the amount a recipe would use (the composer keeps the foods near these proportions), or null
 * @param counted false for a seasoning whose nutrients are left out of the meal's totals (its amount is fixed)
 */
public record Ingredient(Food food, double min, double max, Double preferred, boolean counted) {

    /** Rejects negative or crossed bounds, naming the food. */
    public Ingredient {
        Objects.requireNonNull(food, "food");
        String what = food.id();
        Checks.nonNegative(what + ": least amount", min);
        if (Double.isNaN(max) || max < 0) {
            throw new IllegalArgumentException(what + ": largest amount must not be negative (" + max + ")");
        }
        if (min > max) {
            throw new IllegalArgumentException(what + ": least amount " + Numbers.plain(min) + " is above the largest "
                    + Numbers.plain(max));
        }
        if (preferred != null) {
            Checks.positive(what + ": preferred amount", preferred);
            Limits.atMost(what + ": preferred amount", preferred, Limits.GRAMS, food.unit());
        }
        Limits.atMost(what + ": least amount", min, Limits.GRAMS, food.unit());
        if (!Double.isInfinite(max)) {
            Limits.atMost(what + ": largest amount", max, Limits.GRAMS, food.unit());
        }
        if (!counted && min != max) {
            throw new IllegalArgumentException(what + ": an uncounted seasoning needs a fixed amount");
        }
    }

    /** Any amount of {@code food}, from zero up. */
    public static Ingredient free(Food food) {
        return new Ingredient(food, 0, Double.POSITIVE_INFINITY, null, true);
    }

    /** Exactly {@code amount} of {@code food}, counted in the meal. */
    public static Ingredient fixed(Food food, double amount) {
        return new Ingredient(food, amount, amount, null, true);
    }

    /** From {@code min} to {@code max} of {@code food}. */
    public static Ingredient between(Food food, double min, double max) {
        return new Ingredient(food, min, max, null, true);
    }

    /** {@code amount} of a seasoning whose nutrients are not counted (a pinch of salt, herbs). */
    public static Ingredient uncounted(Food food, double amount) {
        return new Ingredient(food, amount, amount, null, false);
    }

    /** This ingredient with a preferred (recipe) amount. */
    public Ingredient preferring(double amount) {
        return new Ingredient(food, min, max, amount, counted);
    }

    /** True when the amount is given (fixed or an uncounted seasoning), so the composer does not choose it. */
    public boolean isFixed() {
        return min == max;
    }
}
