package org.ketoplan.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ketoplan.recipe.RecipeIngredient;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.Recipes;

/** Every food a shipped recipe uses has a household name for the day sheets. */
class ShortNamesTest {
    @Test
    void everyFoodOfAShippedRecipeHasAHouseholdName() {
        FoodDatabase foods = FoodDatabases.shipped();
        Set<String> missing = new TreeSet<>();
        int used = 0;
        for (Recipe r : Recipes.shipped().all()) {
            for (RecipeIngredient i : r.ingredients()) {
                used++;
                Food f = foods.byId(i.food()).orElseThrow(() -> new AssertionError(r.id() + ": " + i.food()));
                if (f.shortName().isEmpty()) {
                    missing.add(i.food() + " " + f.name() + " (" + r.id() + ")");
                }
            }
        }
        assertTrue(used > 0);
        assertEquals(Set.of(), missing, "foods of shipped recipes without a short_name in foods/short-names.csv");
    }

    @Test
    void theUsdaNameStaysAndTheHouseholdNameIsShorter() {
        // USDA SR24 01053 "Cream, fluid, heavy whipping": the parent reads "double cream (heavy whipping)"
        Food cream = FoodDatabases.shipped().byId("01053").orElseThrow();
        assertEquals("Cream, fluid, heavy whipping", cream.name());
        assertEquals("double cream (heavy whipping)", cream.shortName());
    }
}
