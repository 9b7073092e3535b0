package org.ketoplan.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.Recipes;

/** Every shipped recipe can be composed to at least one realistic meal or snack of a prescription. */
class ShippedRecipesComposeTest {
    @Test
    void everyShippedRecipeComposesForARealisticMeal() {
        FoodDatabase foods = PlanFixtures.shippedFoods();
        CompositionCache cache = new CompositionCache(foods, false);
        // meals of 9-month-olds to 4-year-olds (160 to 330 kcal) at 3:1 and 4:1, snacks of 100 kcal at 2:1 and
        // 3:1; protein 1.5 g per 100 kcal (clinical.md), net carbohydrate
        double[][] targets = {{160, 4}, {160, 3}, {220, 4}, {250, 3}, {330, 3}, {100, 3}, {100, 2}};
        List<String> none = new ArrayList<>();
        for (Recipe r : Recipes.shipped().all()) {
            boolean fits = false;
            for (double[] t : targets) {
                MealTarget target = MealTarget.of("meal", t[0], t[1], 1.5 * t[0] / 100, CarbConvention.NET);
                CompositionCache.Outcome o = cache.get(r, target, 1, Tolerances.DEFAULT);
                fits |= o.ok() && o.meal().meal().withinTolerance();
            }
            if (!fits) {
                none.add(r.id());
            }
        }
        assertTrue(none.isEmpty(), "no realistic meal composes for " + none);
    }
}
