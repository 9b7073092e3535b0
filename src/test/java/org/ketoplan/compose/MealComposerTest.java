package org.ketoplan.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ketoplan.compose.Fixtures.BROCCOLI;
import static org.ketoplan.compose.Fixtures.BUTTER;
import static org.ketoplan.compose.Fixtures.CHICKEN;
import static org.ketoplan.compose.Fixtures.CREAM;
import static org.ketoplan.compose.Fixtures.LIQUIGEN;
import static org.ketoplan.compose.Fixtures.OIL;
import static org.ketoplan.compose.Fixtures.ONION;
import static org.ketoplan.compose.Fixtures.SALT;
import static org.ketoplan.compose.Fixtures.target;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.food.Basis;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.prescription.MealTarget;

class MealComposerTest {
    private final MealComposer composer = new MealComposer();

    private static List<Double> amounts(ComposedMeal m) {
        return m.portions().stream().map(Portion::amount).toList();
    }

    @Test
    void workedCheckThousandKcalAtFourToOneWithFifteenGramsProtein() {
        // units = 1000 / (9 x 4 + 4) = 25; fat = 4 x 25 = 100 g; carbohydrate = 25 - 15 = 10 g
        MealTarget t = MealTarget.of("meal", 1000, 4, 15, CarbConvention.NET);
        assertEquals(100, t.fatG(), 1e-9);
        assertEquals(15, t.proteinG(), 1e-9);
        assertEquals(10, t.carbG(), 1e-9);
        // LP: broccoli 10 / 0.0404 = 247.52 g, chicken 25.85 g, oil 98.16 g; rounded to 98 / 26 / 247 g:
        // fat     98 + 26 x 0.0357 + 247 x 0.0037 = 98 + 0.9282 + 0.9139 = 99.8421 g
        // protein 26 x 0.3102 + 247 x 0.0282 = 8.0652 + 6.9654 = 15.0306 g (floor 15 - 0.3102 = 14.6898)
        // carb    247 x 0.0404 = 9.9788 g (ceiling 10 + 0.0404 = 10.0404)
        // kcal    898.5789 + 60.1224 + 39.9152 = 998.6165 (950..1050); ratio 99.8421 / 25.0094 = 3.992 (3.9..4.1)
        ComposedMeal m = composer.compose(MealRequest.of(t,
                List.of(Ingredient.free(OIL), Ingredient.free(CHICKEN), Ingredient.free(BROCCOLI))));
        assertEquals(List.of(98.0, 26.0, 247.0), amounts(m));
        assertEquals(99.8421, m.totals().fatG(), 1e-9);
        assertEquals(998.6165, m.kcal(), 1e-9);
        assertEquals(3.992, m.ratio(), 1e-3);
        assertTrue(m.withinTolerance());
    }

    @Test
    void fourToOneMealOfCreamButterChickenAndBroccoliStaysInBandAfterRounding() {
        // 500 kcal at 4:1 with 10 g protein: units 12.5, fat 50 g, carbohydrate 2.5 g (net)
        // 12 g cream, 55 g butter, 25 g chicken, 53 g broccoli:
        // fat     4.44 + 44.6105 + 0.8925 + 0.1961 = 50.1391 g
        // protein 0.246 + 0.4675 + 7.755 + 1.4946 = 9.9631 g   (floor 10 - 0.3102 = 9.6898)
        // carb    0.3348 + 0.033 + 0 + 2.1412 = 2.509 g         (ceiling 2.5 + 0.0404 = 2.5404)
        // kcal    451.2519 + 39.8524 + 10.036 = 501.1403        (475..525)
        // ratio   50.1391 / 12.4721 = 4.020                     (3.9..4.1)
        ComposedMeal m = composer.compose(MealRequest.of(target(500, 4, 10), List.of(Ingredient.free(CREAM),
                Ingredient.free(BUTTER), Ingredient.free(CHICKEN), Ingredient.free(BROCCOLI))));
        assertEquals(List.of(12.0, 55.0, 25.0, 53.0), amounts(m));
        assertEquals(50.1391, m.totals().fatG(), 1e-9);
        assertEquals(9.9631, m.totals().proteinG(), 1e-9);
        assertEquals(2.509, m.totals().carbohydrate(CarbConvention.NET), 1e-9);
        assertEquals(501.1403, m.kcal(), 1e-9);
        assertEquals(4.020, m.ratio(), 1e-3);
        assertTrue(m.withinTolerance());
        assertEquals("rounded", m.method());
    }

    @Test
    void threeToOneMealOfCreamButterChickenAndBroccoliStaysInBandAfterRounding() {
        // 500 kcal at 3:1 with 12 g protein: units 500 / 31 = 16.129, fat 48.387 g, carbohydrate 4.129 g
        // 13 g cream, 52 g butter, 28 g chicken, 92 g broccoli:
        // fat     4.81 + 42.1772 + 0.9996 + 0.3404 = 48.3272 g
        // protein 0.2665 + 0.442 + 8.6856 + 2.5944 = 11.9885 g  (floor 12 - 0.3102 = 11.6898)
        // carb    0.3627 + 0.0312 + 3.7168 = 4.1107 g           (ceiling 4.129 + 0.0404 = 4.1694)
        // kcal    434.9448 + 47.954 + 16.4428 = 499.3416        (475..525)
        // ratio   48.3272 / 16.0992 = 3.002                     (2.9..3.1)
        ComposedMeal m = composer.compose(MealRequest.of(target(500, 3, 12), List.of(Ingredient.free(CREAM),
                Ingredient.free(BUTTER), Ingredient.free(CHICKEN), Ingredient.free(BROCCOLI))));
        assertEquals(List.of(13.0, 52.0, 28.0, 92.0), amounts(m));
        assertEquals(499.3416, m.kcal(), 1e-9);
        assertEquals(3.002, m.ratio(), 1e-3);
        assertTrue(m.withinTolerance());
    }

    @Test
    void fixedFoodKeepsItsAmountAndBoundedFoodStaysInItsBounds() {
        ComposedMeal m = composer.compose(MealRequest.of(target(500, 4, 10), List.of(Ingredient.between(CREAM, 20, 40),
                Ingredient.free(BUTTER), Ingredient.free(CHICKEN), Ingredient.fixed(BROCCOLI, 30))));
        assertEquals(30.0, m.portions().get(3).amount());
        double cream = m.portions().get(0).amount();
        assertTrue(cream >= 20 && cream <= 40, "cream " + cream);
        assertTrue(m.withinTolerance());
    }

    @Test
    void uncountedSeasoningsAreListedButLeftOutOfTheTotals() {
        List<Ingredient> foods = List.of(Ingredient.free(CREAM), Ingredient.free(BUTTER), Ingredient.free(CHICKEN),
                Ingredient.free(BROCCOLI));
        ComposedMeal plain = composer.compose(MealRequest.of(target(500, 4, 10), foods));
        List<Ingredient> seasoned = new java.util.ArrayList<>(foods);
        seasoned.add(Ingredient.uncounted(SALT, 1));
        seasoned.add(Ingredient.uncounted(ONION, 10)); // 10 g onion = 0.764 g net carbohydrate, not counted
        ComposedMeal m = composer.compose(MealRequest.of(target(500, 4, 10), seasoned));
        assertEquals(amounts(plain), amounts(m).subList(0, 4));
        assertEquals(10.0, m.portions().get(5).amount());
        assertFalse(m.portions().get(5).counted());
        assertEquals(plain.totals(), m.totals());
    }

    @Test
    void tenthGramStepGivesAmountsInTenthsThatKeepTheBands() {
        ComposedMeal m = composer.compose(MealRequest.of(target(500, 3, 10), List.of(Ingredient.free(CREAM),
                Ingredient.free(BUTTER), Ingredient.free(CHICKEN), Ingredient.free(BROCCOLI))).withStep(0.1));
        for (Portion p : m.portions()) {
            assertEquals(Math.rint(p.amount() * 10), p.amount() * 10, 1e-9, p.food().id());
        }
        assertTrue(m.withinTolerance());
        // finer steps land nearer the target than 1 g steps
        assertEquals(500, m.kcal(), 1.0);
    }

    @Test
    void sameRequestGivesTheSameMeal() {
        MealRequest r = MealRequest.of(target(450, 3.5, 9), List.of(Ingredient.free(CREAM), Ingredient.free(BUTTER),
                Ingredient.free(CHICKEN), Ingredient.free(BROCCOLI)));
        assertEquals(composer.compose(r), composer.compose(r));
    }

    @Test
    void liquidFoodIsMeasuredInMillilitres() {
        ComposedMeal m = composer.compose(MealRequest.of(target(500, 4, 10), List.of(Ingredient.free(LIQUIGEN),
                Ingredient.free(CHICKEN), Ingredient.free(BROCCOLI))));
        assertEquals(Basis.MILLILITRE, m.portions().get(0).food().basis());
        assertTrue(m.portions().get(0).amount() > 0);
        assertTrue(m.withinTolerance());
    }

    @Test
    void integerProgramBaselineKeepsTheSameBands() {
        MealRequest r = MealRequest.of(target(500, 4, 10), List.of(Ingredient.free(CREAM), Ingredient.free(BUTTER),
                Ingredient.free(CHICKEN), Ingredient.free(BROCCOLI)));
        ComposedMeal m = composer.composeByIntegerProgram(r);
        assertEquals("integer", m.method());
        assertTrue(m.withinTolerance());
        // Branch and bound may wander along directions where the targets stay exact (here 5 g cream, 58 g butter,
        // 25 g chicken, 58 g broccoli) to shave tenths of a gram off the deviations; the rounding search stays next
        // to the LP optimum (12 / 55 / 25 / 53 g). Both keep every band.
        assertEquals(List.of(5.0, 58.0, 25.0, 58.0), amounts(m));
    }

    @Test
    void mealWhoseBandsFallBetweenStepsHasNoSolutionRatherThanABestEffort() {
        // 50 g steps cannot hit +-0.1 % kcal and +-0.01 ratio
        MealRequest r = new MealRequest(target(500, 4, 10), List.of(Ingredient.free(CREAM), Ingredient.free(BUTTER),
                Ingredient.free(CHICKEN), Ingredient.free(BROCCOLI)), 50, new Tolerances(0.01, 0.001, 10.0, 10.0));
        NoSolutionException e = assertThrows(NoSolutionException.class, () -> composer.compose(r));
        assertTrue(e.getMessage().contains("fall between the scale's 50 g steps"), e.getMessage());
    }

    @Test
    void fixedAmountOffTheStepIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MealRequest.of(
                target(500, 4, 10), List.of(Ingredient.free(BUTTER), Ingredient.fixed(BROCCOLI, 30.5))));
        assertEquals("11090: 30.5 g is not a multiple of the scale step 1", e.getMessage());
    }
}
