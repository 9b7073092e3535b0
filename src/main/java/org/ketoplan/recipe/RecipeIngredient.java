package org.ketoplan.recipe;

import org.ketoplan.common.FieldError;
import org.ketoplan.nutrition.Numbers;
import java.util.Objects;
import org.ketoplan.common.Limits;

/**
 * One food of a recipe: its role, the amount the recipe prefers at its reference size, and the least and largest
 * amounts the composer may use (at the same size; they scale with the recipe). Amounts are in the food's unit:
 * grams, or ml for a food given per 100 ml.
 *
 * @param food the food id in the food database ("01145", "ketocal-4to1-powder")
 * @param role what the food does in the recipe
 * @param grams the preferred amount at the recipe's reference size
 * @param min the least amount (0 when the food may be left out)
 * @param max the largest amount ({@link Double#POSITIVE_INFINITY} when unbounded)
 * @param counted false for a seasoning whose nutrients are left out of the meal's totals (its amount is fixed)
 * @param note how to prepare or buy it ("unsalted butter", "blanched almonds, finely ground"), or empty
 */
public record RecipeIngredient(String food, Role role, double grams, double min, double max, boolean counted, String note) {

    /** Rejects a missing food or role, negative or crossed amounts, and a varying uncounted seasoning. */
    public RecipeIngredient {
        if (food == null || food.isBlank()) {
            throw new FieldError("food", "missing (a food id such as \"01145\")");
        }
        food = food.trim();
        Objects.requireNonNull(role, "role");
        amount("grams", grams);
        amount("min", min);
        if (Double.isNaN(max) || max < 0) {
            throw new FieldError("max", "must not be negative (" + Numbers.plain(max) + ")");
        }
        Limits.atMost("grams", grams, Limits.GRAMS, "g");
        Limits.atMost("min", min, Limits.GRAMS, "g");
        if (!Double.isInfinite(max)) {
            Limits.atMost("max", max, Limits.GRAMS, "g");
        }
        Limits.text("food", food, Limits.NAME_CHARS, "");
        Limits.text("note", note, Limits.NAME_CHARS, "");
        if (min > max) {
            throw new FieldError("min", Numbers.plain(min) + " is above max " + Numbers.plain(max));
        }
        if (grams < min || grams > max) {
            throw new FieldError("grams", Numbers.plain(grams) + " is outside min " + Numbers.plain(min)
                    + " to max " + (Double.isInfinite(max) ? "unbounded" : Numbers.plain(max)));
        }
        if (!counted && (min != grams || max != grams)) {
            throw new FieldError("counted", "an uncounted ingredient has a fixed amount; leave out min "
                    + "and max");
        }
        note = note == null ? "" : note.trim();
    }

    /** {@code grams} of {@code food} in {@code role}, from 0 up, counted (or, for a seasoning, fixed and uncounted). */
    public static RecipeIngredient of(String food, Role role, double grams) {
        boolean seasoning = role == Role.SEASONING;
        return new RecipeIngredient(food, role, grams, seasoning ? grams : 0, seasoning ? grams : Double.POSITIVE_INFINITY,
                !seasoning, "");
    }

    /** True when the amount cannot vary (min = max). */
    public boolean isFixed() {
        return min == max;
    }

    /** This ingredient with every amount multiplied by {@code factor}. */
    public RecipeIngredient scaled(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("scale factor must be positive (" + factor + ")");
        }
        return new RecipeIngredient(food, role, grams * factor, min * factor, max * factor, counted, note);
    }

    private static void amount(String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new FieldError(field, "must be a number (" + value + ")");
        }
        if (value < 0) {
            throw new FieldError(field, "must not be negative (" + Numbers.plain(value) + ")");
        }
    }
}
