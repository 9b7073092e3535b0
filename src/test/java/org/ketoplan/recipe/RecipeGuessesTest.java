package org.ketoplan.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.junit.jupiter.api.Test;

/** The first guesses the recipe form proposes, on shipped foods whose composition a dietitian knows. */
class RecipeGuessesTest {
    private final FoodDatabase foods = FoodDatabases.shipped();

    private Role role(String id) {
        return RecipeGuesses.role(foods.byId(id).orElseThrow());
    }

    private ProteinSource source(String id) {
        return RecipeGuesses.proteinSource(foods.byId(id).orElseThrow());
    }

    @Test
    void rolesFollowWhereAFoodsEnergyComesFrom() {
        assertEquals(Role.CREAM, role("01053")); // heavy whipping cream, by its name
        // unsalted butter per 100 g: fat 81.11, protein 0.85, carbohydrate 0.06 g: 730 of 733.6 kcal from fat, >= 80 %
        assertEquals(Role.FAT, role("01145"));
        // roasted chicken breast: 3.57 g fat (32 kcal) of 165 kcal, protein 31 g against no carbohydrate
        assertEquals(Role.PROTEIN, role("05064"));
        // raw broccoli: fat 0.37 g (3 kcal of 34), protein 2.82 g against 6.64 - 2.6 = 4.04 g net carbohydrate
        assertEquals(Role.CARBOHYDRATE, role("11090"));
    }

    @Test
    void theProteinSourceFollowsTheFoodGroup() {
        assertEquals(ProteinSource.MEAT, source("05064")); // Poultry Products
        assertEquals(ProteinSource.EGG, source("01125")); // "Egg, yolk": Dairy and Egg Products, named egg
        assertEquals(ProteinSource.DAIRY, source("01053")); // cream: Dairy and Egg Products
        assertEquals(ProteinSource.FISH, source("15236")); // farmed Atlantic salmon: Finfish and Shellfish Products
    }
}
