package org.ketoplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ketoplan.compose.AmountLimits;
import org.ketoplan.compose.Ingredient;
import org.ketoplan.compose.MealRequest;
import org.ketoplan.compose.Portion;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.UnknownFoodException;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.Role;

/**
 * Turns a recipe into a composer request for one meal's target (used by {@code recipe fit} and the planner).
 *
 * <p>The recipe is scaled to the meal's kcal ({@link Recipe#scaledTo}); each counted ingredient becomes a composer
 * ingredient between its scaled least and largest amounts, preferring its scaled amount (the composer keeps the
 * recipe's proportions where the bands allow). Two kinds of ingredient stay out of the linear program and are
 * listed with the meal as "not counted", at their scaled amount:
 * <ul>
 *   <li>seasonings ({@code counted: false}), rounded to {@link #SEASONING_STEP} g and at least that (a pinch);</li>
 *   <li>the liquid role when the food has no fat, protein or carbohydrate (water), rounded to whole grams (ml).
 *       A liquid that supplies macronutrients (milk) is counted like any other food.</li>
 * </ul>
 * Bounds are kept on the scale's grid: a fixed counted amount is rounded to the nearest step; bounds that leave no
 * whole step between them become the step nearest the preferred amount.
 */
public final class RecipeMeals {
    /** Seasonings are weighed to 0.1 g (a pinch), the finest step of a kitchen scale (clinical.md). */
    public static final double SEASONING_STEP = 0.1;

    private RecipeMeals() {
    }

    /**
     * The request for {@code recipe} composed to {@code target}.
     *
     * @throws UnknownFoodException when an ingredient's food is not in {@code foods}
     */
    public static RecipeMeal request(Recipe recipe, MealTarget target, FoodDatabase foods, double step,
                                     Tolerances tolerances) {
        return request(recipe, target, foods, step, tolerances, AmountLimits.NONE);
    }

    /**
     * The request for {@code recipe} composed to {@code target} within {@code limits} (smallest weighable amount,
     * caps on one food and on the meal).
     *
     * @throws UnknownFoodException when an ingredient's food is not in {@code foods}
     */
    public static RecipeMeal request(Recipe recipe, MealTarget target, FoodDatabase foods, double step,
                                     Tolerances tolerances, AmountLimits limits) {
        return request(recipe, target, foods, step, tolerances, limits, Map.of());
    }

    /**
     * The request for {@code recipe} composed to {@code target} within {@code limits}, the ingredients named in
     * {@code fixed} (food id to amount) at that amount instead of the recipe's (a day's expressed breast milk).
     *
     * @throws UnknownFoodException when an ingredient's food is not in {@code foods}
     */
    public static RecipeMeal request(Recipe recipe, MealTarget target, FoodDatabase foods, double step,
                                     Tolerances tolerances, AmountLimits limits, Map<String, Double> fixed) {
        Recipe scaled = recipe.scaledTo(target.kcal());
        List<Ingredient> counted = new ArrayList<>();
        List<Portion> uncounted = new ArrayList<>();
        for (org.ketoplan.recipe.Ingredient i : scaled.ingredients()) {
            Food food = foods.byId(i.food()).orElseThrow(() -> new UnknownFoodException("recipe " + recipe.id()
                    + ": unknown food id '" + i.food() + "'", List.of()));
            if (!i.counted()) {
                double g = Math.max(SEASONING_STEP, onGrid(i.grams(), SEASONING_STEP));
                uncounted.add(new Portion(food, g, false));
            } else if (i.role() == Role.LIQUID && isWater(food)) {
                double g = onGrid(i.grams(), 1);
                if (g > 0) {
                    uncounted.add(new Portion(food, g, false));
                }
            } else if (fixed.containsKey(i.food())) {
                counted.add(Ingredient.fixed(food, onGrid(fixed.get(i.food()), step)));
            } else {
                counted.add(ingredient(food, i, step));
            }
        }
        if (counted.isEmpty()) {
            throw new IllegalArgumentException("recipe " + recipe.id() + ": no counted ingredient");
        }
        return new RecipeMeal(recipe, new MealRequest(target, counted, step, tolerances, limits), uncounted);
    }

    private static Ingredient ingredient(Food food, org.ketoplan.recipe.Ingredient i, double step) {
        double min = i.min();
        double max = i.max();
        if (i.isFixed()) {
            double g = onGrid(min, step);
            return Ingredient.fixed(food, g);
        }
        double lo = Math.ceil(min / step - 1e-9);
        double hi = Double.isInfinite(max) ? Double.POSITIVE_INFINITY : Math.floor(max / step + 1e-9);
        if (lo > hi) {
            return Ingredient.fixed(food, onGrid(i.grams(), step));
        }
        Ingredient out = Ingredient.between(food, min, max);
        return i.grams() > 0 ? out.preferring(i.grams()) : out;
    }

    /** True when the food supplies no fat, protein or carbohydrate (water). */
    static boolean isWater(Food food) {
        Macros m = food.macrosPer100();
        return m.fatG() == 0 && m.proteinG() == 0 && m.carbohydrateG() == 0;
    }

    /** {@code amount} rounded to the nearest multiple of {@code step}, without binary noise (0.30000000000000004). */
    static double onGrid(double amount, double step) {
        double n = Math.rint(amount / step);
        return Math.round(n * step * 1e6) / 1e6;
    }
}
