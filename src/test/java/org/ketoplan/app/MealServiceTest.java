package org.ketoplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ketoplan.compose.ComposedMeal;
import org.ketoplan.compose.Portion;
import org.ketoplan.nutrition.CarbConvention;
import org.junit.jupiter.api.Test;

/** The meal service composes from requests and names the request's fields, never a front end's options. */
class MealServiceTest {
    private static final Workspace SHIPPED = Workspace.shipped();

    private static MealService.MealJob readmeMeal(double kcal, List<FoodChoice> foods) {
        return new MealService.MealJob(new TargetRequest.ByEnergy(kcal, 4, 10.0, CarbConvention.NET), foods,
                List.of(), ComposeSettings.DEFAULT, ChildRequest.NONE);
    }

    private static final List<FoodChoice> README_FOODS = List.of(FoodChoice.any("01053"), FoodChoice.any("01001"),
            FoodChoice.any("05064"), FoodChoice.any("11090"));

    @Test
    void theReadmeMealComesOutAsTheCommandLinePrintsIt() {
        // the README's 'ketoplan meal --kcal 500 --ratio 4:1 --protein 10 --food 01053 --food 01001 --food 05064
        // --food 11090': 12 g cream, 55 g butter, 25 g chicken, 53 g broccoli; fat 4.44 + 44.6 + 0.89 + 0.20 =
        // 50.1 g, protein 0.25 + 0.47 + 7.76 + 1.49 = 9.97 g (9.96 printed from unrounded values)
        MealService.MealResult r = new MealService(SHIPPED).compose(readmeMeal(500, README_FOODS));
        ComposedMeal meal = r.meal();
        List<Double> grams = meal.portions().stream().map(Portion::amount).toList();
        assertEquals(List.of(12.0, 55.0, 25.0, 53.0), grams);
        assertEquals(50.1, meal.totals().fatG(), 0.05);
        assertEquals(9.96, meal.totals().proteinG(), 0.01);
        assertTrue(meal.withinTolerance());
        assertTrue(!r.proteinDefaulted());
    }

    @Test
    void aNegativeEnergyIsRefusedNamingTheFieldAndItsValue() {
        InvalidRequest e = assertThrows(InvalidRequest.class,
                () -> new MealService(SHIPPED).compose(readmeMeal(-5, README_FOODS)));
        assertEquals("kcal", e.field());
        assertEquals(-5.0, e.value());
        assertEquals("kcal must be above zero (-5.0)", e.getMessage());
        assertEquals("Energy (kcal) must be above zero (-5.0)", e.render(f -> f.equals("kcal") ? "Energy (kcal)" : f));
    }

    @Test
    void anUnknownFoodIsRefusedAsTheFoodsField() {
        InvalidRequest e = assertThrows(InvalidRequest.class, () -> new MealService(SHIPPED).compose(
                readmeMeal(500, List.of(FoodChoice.any("99999999")))));
        assertEquals("food", e.field());
        assertTrue(e.getMessage().startsWith("food 99999999: "), e.getMessage());
    }

    @Test
    void aFoodListedTwiceIsRefused() {
        InvalidRequest e = assertThrows(InvalidRequest.class, () -> new MealService(SHIPPED).compose(
                readmeMeal(500, List.of(FoodChoice.any("01053"), FoodChoice.any("01053")))));
        assertEquals("food: 01053 (Cream, fluid, heavy whipping) is listed twice", e.getMessage());
    }

    @Test
    void aScaleStepOtherThanOneOrATenthIsRefused() {
        ComposeSettings s = new ComposeSettings(2, 0.1, 5, 10, null, null, null, null);
        InvalidRequest e = assertThrows(InvalidRequest.class, () -> new MealService(SHIPPED).compose(
                new MealService.MealJob(new TargetRequest.ByEnergy(500, 4, null, CarbConvention.NET), README_FOODS,
                        List.of(), s, ChildRequest.NONE)));
        assertEquals("step: must be 1 or 0.1 (grams), not 2", e.getMessage());
    }

    @Test
    void aMealWithoutFoodsIsRefusedWhenAsked() {
        InvalidRequest e = assertThrows(InvalidRequest.class, () -> readmeMeal(500, List.of()));
        assertEquals("food", e.field());
    }

    @Test
    void aTargetByMacrosWithAnImpossibleRatioNamesFat() {
        // 10 g fat over 10 g protein + 10 g carbohydrate: ratio 0.5 is allowed; 5 g fat: 0.25, below 0.5
        InvalidRequest e = assertThrows(InvalidRequest.class, () -> new MealService(SHIPPED).compose(
                new MealService.MealJob(new TargetRequest.ByMacros(5, 10, 10, CarbConvention.NET), README_FOODS,
                        List.of(), ComposeSettings.DEFAULT, ChildRequest.NONE)));
        assertEquals("fat: the target's ratio 0.25:1 is outside 0.5 to 6", e.getMessage());
    }
}
