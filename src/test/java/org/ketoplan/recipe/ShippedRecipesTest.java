package org.ketoplan.recipe;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every shipped recipe against the shipped food database. */
class ShippedRecipesTest {
    static FoodDatabase foods;

    /** True when the shipped USDA table is on the class path (it lands on main separately from the recipes). */
    static boolean usdaTableShipped() {
        return ShippedRecipesTest.class.getResource("/foods/" + FoodDatabases.USDA_FOODS) != null;
    }

    @BeforeAll
    static void load() {
        assumeTrue(usdaTableShipped(), "foods/usda-sr24.csv is not in this build yet");
        foods = FoodDatabases.shipped();
    }

    @Test
    void everyIngredientIsAKnownFoodSafeForTheRecipesYoungestAge() {
        for (LoadedRecipe r : Recipes.shipped().loaded()) {
            RecipeChecks.check(r, foods);
            org.ketoplan.safety.SafetyPolicy.checkRecipeFile(r, foods);
        }
    }

    @Test
    void everyRecipesPreferredAmountsMakeAKetogenicMealOfItsReferenceSize() {
        // the preferred amounts are the composer's starting proportions: within 5 % of the reference kcal and at a
        // ratio a ketogenic kitchen serves (3:1 to 4.3:1, net carbohydrate)
        for (Recipe r : Recipes.shipped().all()) {
            Macros m = r.macros(foods);
            double kcal = m.kcal(CarbConvention.NET);
            double ratio = m.ratio(CarbConvention.NET);
            assertTrue(Math.abs(kcal - r.referenceKcal()) <= 0.05 * r.referenceKcal(),
                    r.id() + ": " + kcal + " kcal for a reference of " + r.referenceKcal());
            assertTrue(ratio >= 3.0 && ratio <= 4.3, r.id() + ": ratio " + ratio);
        }
    }
}
