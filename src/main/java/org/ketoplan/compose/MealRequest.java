package org.ketoplan.compose;

import org.ketoplan.nutrition.Numbers;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ketoplan.common.Limits;
import org.ketoplan.nutrition.Checks;
import org.ketoplan.prescription.MealTarget;

/**
 * What to compose: the meal's target, the foods that may be used, the kitchen scale's step, the tolerances and the
 * limits on amounts.
 *
 * @param target energy, ratio, fat, protein and carbohydrate (by the target's convention)
 * @param ingredients the foods, each at most once
 * @param step the scale's step in g (or ml): every amount in the answer is a multiple of it (1 or 0.1)
 * @param tolerances how far the meal may stray from the target
 * @param limits the smallest weighable amount and the caps on one food and on the meal
 */
public record MealRequest(MealTarget target, List<Ingredient> ingredients, double step, Tolerances tolerances,
                          AmountLimits limits) {
    /** The default scale step: 1 g (clinical.md: meals are weighed on gram scales; some centres weigh to 0.1 g). */
    public static final double DEFAULT_STEP = 1.0;

    /**
     * Rejects an empty food list, a food listed twice, a bad step, a ratio tolerance as large as the ratio, and a
     * target past ketoplan's bounds (a meal of more than 5,000 kcal or 1,000 g of a macronutrient, see
     * {@link Limits}), naming the field.
     */
    public MealRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(tolerances, "tolerances");
        Objects.requireNonNull(limits, "limits");
        Limits.atMost("kcal", target.kcal(), Limits.MEAL_KCAL, "kcal");
        Limits.atMost("fat_g", target.fatG(), Limits.MEAL_MACRO_G, "g");
        Limits.atMost("protein_g", target.proteinG(), Limits.MEAL_MACRO_G, "g");
        Limits.atMost("carb_g", target.carbG(), Limits.MEAL_MACRO_G, "g");
        if (ingredients == null || ingredients.isEmpty()) {
            throw new IllegalArgumentException("the meal has no foods");
        }
        ingredients = List.copyOf(ingredients);
        Set<String> ids = new HashSet<>();
        for (Ingredient i : ingredients) {
            if (!ids.add(i.food().id())) {
                throw new IllegalArgumentException("food " + i.food().id() + " is listed twice");
            }
        }
        Checks.positive("step", step);
        for (Ingredient i : ingredients) {
            double n = i.min() / step;
            if (i.isFixed() && Math.abs(n - Math.rint(n)) > 1e-6) {
                throw new IllegalArgumentException(i.food().id() + ": " + Numbers.plain(i.min()) + " "
                        + i.food().unit() + " is not a multiple of the scale step " + Numbers.plain(step));
            }
        }
        if (!(target.ratio() > 0) || Double.isInfinite(target.ratio())) {
            throw new IllegalArgumentException("the target needs protein or carbohydrate (its ratio is "
                    + Numbers.plain(target.ratio()) + ")");
        }
        if (tolerances.ratio() >= target.ratio()) {
            throw new IllegalArgumentException("ratio tolerance " + Numbers.plain(tolerances.ratio())
                    + " must be below the ratio " + Numbers.plain(target.ratio()));
        }
    }

    /** A request with the smallest weighable amount by the step and no caps ({@link AmountLimits#NONE}). */
    public MealRequest(MealTarget target, List<Ingredient> ingredients, double step, Tolerances tolerances) {
        this(target, ingredients, step, tolerances, AmountLimits.NONE);
    }

    /** A request at the default step (1 g) and tolerances, without caps. */
    public static MealRequest of(MealTarget target, List<Ingredient> ingredients) {
        return new MealRequest(target, ingredients, DEFAULT_STEP, Tolerances.DEFAULT);
    }

    /** This request with another step. */
    public MealRequest withStep(double s) {
        return new MealRequest(target, ingredients, s, tolerances, limits);
    }

    /** This request with other tolerances. */
    public MealRequest withTolerances(Tolerances t) {
        return new MealRequest(target, ingredients, step, t, limits);
    }

    /** This request with other limits on amounts. */
    public MealRequest withLimits(AmountLimits l) {
        return new MealRequest(target, ingredients, step, tolerances, l);
    }
}
