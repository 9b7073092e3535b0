package org.ketoplan.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ketoplan.common.BadInputException;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.UnknownFoodException;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecipeTest {
    private static final FoodDatabase FOODS = TestFoods.database();

    static LoadedRecipe read(String text) {
        return RecipeFile.read("r.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "r");
    }

    @Test
    void custardRatioAndKcalAtReferenceSizeMatchTheHandSum() {
        // SR24 per 100 g (fat, protein, carbohydrate; no fibre):
        //   yolk 01125 17 g:   fat 26.54 x 0.17 = 4.5118, protein 15.86 x 0.17 = 2.6962, carb 3.59 x 0.17 = 0.6103
        //   cream 01053 22 g:  fat 37 x 0.22 = 8.14,      protein 2.05 x 0.22 = 0.451,   carb 2.79 x 0.22 = 0.6138
        //   butter 01145 4 g:  fat 81.11 x 0.04 = 3.2444, protein 0.85 x 0.04 = 0.034,   carb 0.06 x 0.04 = 0.0024
        //   cinnamon: a seasoning, not counted
        // fat 15.8962, protein 3.1812, carb 1.2265; ratio 15.8962 / (3.1812 + 1.2265) = 15.8962 / 4.4077 = 3.6065
        // kcal 9 x 15.8962 + 4 x 4.4077 = 143.0658 + 17.6308 = 160.6966 (the file says 160)
        Recipe r = read(RecipeFileTest.GOOD).recipe();
        Macros m = r.macros(FOODS);
        assertEquals(15.8962, m.fatG(), 1e-9);
        assertEquals(3.1812, m.proteinG(), 1e-9);
        assertEquals(1.2265, m.carbohydrateG(), 1e-9);
        assertEquals(3.6065, m.ratio(CarbConvention.NET), 1e-4);
        assertEquals(160.6966, m.kcal(CarbConvention.NET), 1e-9);
    }

    @Test
    void scalingToAnotherMealMultipliesEveryAmountByTheKcalRatio() {
        // 240 kcal / 160 kcal = 1.5: yolk 17 -> 25.5 g, bounds 10..30 -> 15..45; the seasoning scales too
        Recipe r = read(RecipeFileTest.GOOD).recipe().scaledTo(240);
        assertEquals(240, r.referenceKcal());
        RecipeIngredient yolk = r.ingredients().get(0);
        assertEquals(25.5, yolk.grams(), 1e-12);
        assertEquals(15, yolk.min(), 1e-12);
        assertEquals(45, yolk.max(), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, r.ingredients().get(2).max());
        assertEquals(0.3, r.ingredients().get(3).grams(), 1e-12);
        // the ratio does not change with the size
        assertEquals(read(RecipeFileTest.GOOD).recipe().macros(FOODS).ratio(CarbConvention.NET),
                r.macros(FOODS).ratio(CarbConvention.NET), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> r.scaledTo(0));
    }

    @Test
    void anUnknownFoodIsNamedWithItsLineAndTheClosestFoods() {
        LoadedRecipe l = read(RecipeFileTest.GOOD.replace("food: \"01053\"", "food: \"01054\""));
        UnknownFoodException e = assertThrows(UnknownFoodException.class, () -> RecipeChecks.check(l, FOODS));
        assertTrue(e.getMessage().startsWith("r.yaml:9: ingredients[1].food: unknown food '01054'"), e.getMessage());
    }

    @Test
    void aFoodNameInsteadOfAnIdSuggestsTheId() {
        LoadedRecipe l = read(RecipeFileTest.GOOD.replace("food: \"01053\"", "food: heavy whipping cream"));
        BadInputException e = assertThrows(BadInputException.class, () -> RecipeChecks.check(l, FOODS));
        assertEquals("r.yaml:9: ingredients[1].food: 'heavy whipping cream' is not a food id; did you mean 01053 "
                + "(Cream, fluid, heavy whipping)?", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            honey at 6 months        | {food: "01125", role: protein, grams: 17, min: 10, max: 30, note: about 1 large yolk} | {food: "19296", role: carbohydrate, grams: 1} | 8 | honey not under 12 months (this child: 6 months): risk of infant botulism
            salted butter at 6 months| {food: 01145, role: fat, grams: 4}  | {food: "01001", role: fat, grams: 4}          | 10 | added salt not under 12 months (this child: 6 months)
            whole almonds            | {food: 01145, role: fat, grams: 4}  | {food: "12062", role: protein, grams: 4}      | 10 | whole nuts and peanuts not under 5 years (this child: 6 months): a choking risk
            """)
    void unsafeFoodsForTheYoungestAgeAreRejected(String what, String from, String to, int line, String message) {
        LoadedRecipe l = read(RecipeFileTest.GOOD.replace(from, to));
        BadInputException e = assertThrows(BadInputException.class,
                () -> org.ketoplan.safety.SafetyPolicy.checkRecipeFile(l, FOODS));
        assertTrue(e.getMessage().startsWith("r.yaml:" + line + ": ingredients["), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void theSameFoodsAreSafeWhenPreparedOrOldEnough() {
        // ground almonds, almond butter and (from 12 months) salted butter and honey pass
        String ground = RecipeFileTest.GOOD.replace("{food: 01145, role: fat, grams: 4}",
                "{food: \"12062\", role: protein, grams: 4, note: finely ground}");
        org.ketoplan.safety.SafetyPolicy.checkRecipeFile(read(ground), FOODS);
        String nutButter = RecipeFileTest.GOOD.replace("{food: 01145, role: fat, grams: 4}",
                "{food: \"12195\", role: fat, grams: 4}");
        org.ketoplan.safety.SafetyPolicy.checkRecipeFile(read(nutButter), FOODS);
        String older = RecipeFileTest.GOOD.replace("{food: 01145, role: fat, grams: 4}",
                "{food: \"01001\", role: fat, grams: 4}").replace("min_age_months: 6", "min_age_months: 12");
        org.ketoplan.safety.SafetyPolicy.checkRecipeFile(read(older), FOODS);
    }

    @Test
    void valueTypesRejectImpossibleValues() {
        assertThrows(IllegalArgumentException.class, () -> new RecipeIngredient("01145", Role.FAT, -1, 0, 10, true, ""));
        assertThrows(IllegalArgumentException.class, () -> new RecipeIngredient("01145", Role.FAT, 5, 6, 4, true, ""));
        assertThrows(IllegalArgumentException.class, () -> new RecipeIngredient("", Role.FAT, 5, 0, 10, true, ""));
        RecipeIngredient i = RecipeIngredient.of("01145", Role.FAT, 5);
        assertThrows(IllegalArgumentException.class, () -> new Recipe("Bad Id", "x", List.of(Slot.LUNCH), 12,
                Texture.MASHED, ProteinSource.EGG, 100, List.of(i), List.of("Cook.")));
        assertThrows(IllegalArgumentException.class, () -> new Recipe("ok", "x", List.of(Slot.LUNCH, Slot.LUNCH), 12,
                Texture.MASHED, ProteinSource.EGG, 100, List.of(i), List.of("Cook.")));
        assertThrows(IllegalArgumentException.class, () -> new Recipe("ok", "x", List.of(Slot.LUNCH), 12,
                Texture.MASHED, ProteinSource.EGG, 100, List.of(RecipeIngredient.of("02010", Role.SEASONING, 1)),
                List.of("Cook.")));
        assertThrows(IllegalArgumentException.class, () -> new Recipe("ok", "x", List.of(Slot.LUNCH), 12,
                Texture.MASHED, ProteinSource.EGG, 100, List.of(i), List.of()));
    }
}
