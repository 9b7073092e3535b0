package org.ketoplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketoplan.compose.Ingredient;
import org.ketoplan.compose.MealComposer;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.Basis;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.recipe.ProteinSource;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.Role;
import org.ketoplan.recipe.Slot;
import org.ketoplan.recipe.Texture;

/** A recipe turned into a composer request. */
class RecipeMealsTest {
    static Food food(String id, double fat, double protein, double carb) {
        return new Food(id, id, "test", Basis.GRAM, Nutrients.builder().set(Nutrient.FAT, fat)
                .set(Nutrient.PROTEIN, protein).set(Nutrient.CARBOHYDRATE, carb).set(Nutrient.FIBRE, 0).build(),
                List.of(), "USDA SR24", "");
    }

    // SR24: 01125 yolk, 01053 heavy cream, 01145 butter, 02010 cinnamon, 14411 water
    static final FoodDatabase FOODS = FoodDatabases.of(List.of(food("01125", 26.54, 15.86, 3.59),
            food("01053", 37.0, 2.05, 2.79), food("01145", 81.11, 0.85, 0.06), food("02010", 1.24, 3.99, 80.59),
            food("14411", 0, 0, 0)), "test");

    static final Recipe CUSTARD = new Recipe("custard", "Custard", List.of(Slot.BREAKFAST), 6, Texture.SMOOTH_PUREE,
            ProteinSource.EGG, 160, List.of(
                    new org.ketoplan.recipe.RecipeIngredient("01125", Role.PROTEIN, 17, 10, 30, true, ""),
                    new org.ketoplan.recipe.RecipeIngredient("01053", Role.CREAM, 22, 10, 45, true, ""),
                    new org.ketoplan.recipe.RecipeIngredient("01145", Role.FAT, 4, 0, 10, true, ""),
                    new org.ketoplan.recipe.RecipeIngredient("14411", Role.LIQUID, 30, 20, 40, true, ""),
                    new org.ketoplan.recipe.RecipeIngredient("02010", Role.SEASONING, 0.2, 0.2, 0.2, false, "")),
            List.of("Cook."));

    @Test
    void countedFoodsAreScaledAndSeasoningAndWaterStayOutOfTheProgram() {
        MealTarget t = MealTarget.of("breakfast", 240, 4, 3.6, CarbConvention.NET);
        RecipeMeal m = RecipeMeals.request(CUSTARD, t, FOODS, 1, Tolerances.DEFAULT);
        // 240 / 160 = 1.5: yolk 25.5 g (15 to 45), cream 33 g (15 to 67.5), butter 6 g (0 to 15)
        List<Ingredient> in = m.request().ingredients();
        assertEquals(3, in.size());
        assertEquals(25.5, in.get(0).preferred(), 1e-9);
        assertEquals(15, in.get(0).min(), 1e-9);
        assertEquals(45, in.get(0).max(), 1e-9);
        assertEquals(33, in.get(1).preferred(), 1e-9);
        assertEquals(67.5, in.get(1).max(), 1e-9);
        assertEquals(6, in.get(2).preferred(), 1e-9);
        // water 30 x 1.5 = 45 g; cinnamon 0.2 x 1.5 = 0.3 g (to 0.1 g)
        assertEquals("14411", m.uncounted().get(0).food().id());
        assertEquals(45, m.uncounted().get(0).amount(), 1e-9);
        assertEquals(0.3, m.uncounted().get(1).amount(), 1e-12);
        ComposedRecipe c = m.compose(new MealComposer());
        assertTrue(c.meal().withinTolerance());
        assertEquals(5, c.portions().size());
        assertEquals(c.meal().totals(), c.withUncounted().totals());
    }

    @Test
    void aPinchIsAtLeastATenthOfAGram() {
        // 0.2 g cinnamon at 40 kcal: 0.2 x 40 / 160 = 0.05 g, weighed as 0.1 g
        RecipeMeal m = RecipeMeals.request(CUSTARD, MealTarget.of("snack", 40, 4, 0.6, CarbConvention.NET), FOODS, 1,
                Tolerances.DEFAULT);
        assertEquals(0.1, m.uncounted().get(1).amount(), 1e-12);
    }
}
