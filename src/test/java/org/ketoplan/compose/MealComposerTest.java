package org.ketoplan.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ketoplan.compose.Fixtures.BANANA;
import static org.ketoplan.compose.Fixtures.BROCCOLI;
import static org.ketoplan.compose.Fixtures.BUTTER;
import static org.ketoplan.compose.Fixtures.CHICKEN;
import static org.ketoplan.compose.Fixtures.CREAM;
import static org.ketoplan.compose.Fixtures.CUCUMBER;
import static org.ketoplan.compose.Fixtures.LIQUIGEN;
import static org.ketoplan.compose.Fixtures.OIL;
import static org.ketoplan.compose.Fixtures.ONION;
import static org.ketoplan.compose.Fixtures.SALT;
import static org.ketoplan.compose.Fixtures.SCALLOP;
import static org.ketoplan.compose.Fixtures.UNSALTED_BUTTER;
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
        // 11 g cream, 53 g butter, 28 g chicken, 94 g broccoli:
        // fat     4.07 + 42.9883 + 0.9996 + 0.3478 = 48.4057 g
        // protein 0.2255 + 0.4505 + 8.6856 + 2.6508 = 12.0124 g (band 10.8..13.2)
        // carb    0.3069 + 0.0318 + 3.7976 = 4.1363 g           (ceiling 4.129 + 0.0404 = 4.1694)
        // kcal    435.6513 + 64.5948 = 500.2461                 (475..525)
        // ratio   48.4057 / 16.1487 = 2.9975                    (2.9..3.1)
        // deviation from the targets in kcal: 9 x 0.0187 + 4 x 0.0124 + 4 x 0.0073 = 0.247
        ComposedMeal m = composer.compose(MealRequest.of(target(500, 3, 12), List.of(Ingredient.free(CREAM),
                Ingredient.free(BUTTER), Ingredient.free(CHICKEN), Ingredient.free(BROCCOLI))));
        assertEquals(List.of(11.0, 53.0, 28.0, 94.0), amounts(m));
        assertEquals(500.2461, m.kcal(), 1e-9);
        assertEquals(2.9975, m.ratio(), 1e-4);
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
                Ingredient.free(CHICKEN), Ingredient.free(BROCCOLI)), 50, new Tolerances(0.01, 0.001, 0.5, 10.0));
        NoSolutionException e = assertThrows(NoSolutionException.class, () -> composer.compose(r));
        assertTrue(e.getMessage().contains("fall between the scale's 50 g steps"), e.getMessage());
    }

    @Test
    void proteinBandKeepsAThreeToOneMealAtItsProteinOrRefusesIt() {
        // 500 kcal at 3:1 with 12 g protein (units 16.129, carbohydrate 4.129 g). Chicken, butter and at most 30 g
        // broccoli: the carbohydrate falls short, so protein makes up protein + carbohydrate. With a band of +-50 %
        // (about what a protein floor alone allowed) the meal is 43 g chicken, 58 g butter, 30 g broccoli:
        // fat     1.5351 + 47.0438 + 0.111 = 48.6899 g
        // protein 13.3386 + 0.493 + 0.846 = 14.6776 g   (122 % of 12 g)
        // carb    0.0348 + 1.212 = 1.2468 g             (30 % of 4.129 g)
        // kcal    438.2091 + 63.6976 = 501.9067; ratio 48.6899 / 15.9244 = 3.0576
        List<Ingredient> capped = List.of(Ingredient.free(CHICKEN), Ingredient.free(BUTTER),
                Ingredient.between(BROCCOLI, 0, 30));
        ComposedMeal wide = composer.compose(MealRequest.of(target(500, 3, 12), capped)
                .withTolerances(Tolerances.DEFAULT.withProteinFraction(0.5)));
        assertEquals(List.of(43.0, 58.0, 30.0), amounts(wide));
        assertEquals(14.6776, wide.totals().proteinG(), 1e-9);
        // the default band (10.8 to 13.2 g) refuses it (DiagnosisTest names the missing carbohydrate) ...
        assertThrows(NoSolutionException.class, () -> composer.compose(MealRequest.of(target(500, 3, 12), capped)));
        // ... and with broccoli free the meal keeps protein at its target: 28 g chicken, 58 g butter, 101 g broccoli
        // fat     0.9996 + 47.0438 + 0.3737 = 48.4171 g
        // protein 8.6856 + 0.493 + 2.8482 = 12.0268 g   (100.2 %)
        // carb    0.0348 + 4.0804 = 4.1152 g            (99.7 %)
        // kcal    435.7539 + 64.568 = 500.3219; ratio 48.4171 / 16.142 = 2.9995
        ComposedMeal free = composer.compose(MealRequest.of(target(500, 3, 12), List.of(Ingredient.free(CHICKEN),
                Ingredient.free(BUTTER), Ingredient.free(BROCCOLI))));
        assertEquals(List.of(28.0, 58.0, 101.0), amounts(free));
        assertEquals(12.0268, free.totals().proteinG(), 1e-9);
        assertEquals(4.1152, free.totals().carbohydrate(CarbConvention.NET), 1e-9);
        assertEquals(500.3219, free.kcal(), 1e-9);
    }

    @Test
    void noCountedFoodIsWeighedBelowFiveGrams() {
        // 160 kcal at 4:1 with 2.4 g protein (units 4, fat 16 g, carbohydrate 1.6 g; protein band 2.16..2.64 g),
        // recipe proportions 10 g chicken, 30 g broccoli, 10 g butter, 2 g oil.
        List<Ingredient> foods = List.of(Ingredient.free(CHICKEN).preferring(10), Ingredient.free(BROCCOLI)
                .preferring(30), Ingredient.free(BUTTER).preferring(10), Ingredient.free(OIL).preferring(2));
        // Any whole gram allowed: 4 g chicken and 2 g oil, weighed to +-12 % and +-25 % on a 1 g scale
        ComposedMeal anyGram = composer.compose(MealRequest.of(target(160, 4, 2.4), foods)
                .withLimits(new AmountLimits(0.0, null, null)));
        assertEquals(List.of(4.0, 39.0, 17.0, 2.0), amounts(anyGram));
        // At least 5 g (5 scale steps, +-10 %): 5 g chicken, 35 g broccoli, 12 g butter, 6 g oil
        // fat     0.1785 + 0.1295 + 9.7332 + 6 = 16.0412 g
        // protein 1.551 + 0.987 + 0.102 = 2.64 g       (top of the band)
        // carb    1.414 + 0.0072 = 1.4212 g            (ceiling 1.6404)
        // kcal    144.3708 + 16.2448 = 160.6156; ratio 16.0412 / 4.0612 = 3.950
        ComposedMeal m = composer.compose(MealRequest.of(target(160, 4, 2.4), foods));
        assertEquals(List.of(5.0, 35.0, 12.0, 6.0), amounts(m));
        assertEquals(16.0412, m.totals().fatG(), 1e-9);
        assertEquals(2.64, m.totals().proteinG(), 1e-9);
        assertEquals(160.6156, m.kcal(), 1e-9);
        assertTrue(m.withinTolerance());
    }

    @Test
    void anOptionalFoodThatCannotReachFiveGramsIsLeftOutAndANeededOneIsRaised() {
        // at most 4 g of cream (least 0): it cannot be weighed to 10 %, so it is left out of the meal
        MealProblem out = new MealProblem(MealRequest.of(target(500, 4, 10), List.of(Ingredient.between(CREAM, 0, 4),
                Ingredient.free(BUTTER), Ingredient.free(CHICKEN), Ingredient.free(BROCCOLI))));
        assertEquals(0, out.hi[0]);
        ComposedMeal m = composer.compose(out.request);
        assertEquals(0.0, m.portions().get(0).amount());
        // 2 to 30 g of cream (the recipe needs some): raised to at least 5 g
        MealProblem raised = new MealProblem(MealRequest.of(target(500, 4, 10), List.of(
                Ingredient.between(CREAM, 2, 30), Ingredient.free(BUTTER), Ingredient.free(CHICKEN),
                Ingredient.free(BROCCOLI))));
        assertEquals(5, raised.lo[0]);
        assertTrue(composer.compose(raised.request).portions().get(0).amount() >= 5);
    }

    @Test
    void withoutCapsTheComposerAnswersWithThreeHundredAndFortyNineGramsOfCucumber() {
        // 400 kcal at 3:1 with 7.8 g protein: carbohydrate 5.103 g from cucumber alone (1.46 g net per 100 g):
        // 37 g oil, 19 g chicken, 349 g cucumber (405 g); the default caps refuse it (DiagnosisTest)
        ComposedMeal m = composer.compose(new MealRequest(target(400, 3, 7.8), List.of(Ingredient.free(OIL),
                Ingredient.free(CHICKEN), Ingredient.free(CUCUMBER)), 1, Tolerances.DEFAULT, AmountLimits.NONE));
        assertEquals(List.of(37.0, 19.0, 349.0), amounts(m));
        assertEquals(405.0, m.weight(), 1e-9);
    }

    @Test
    void publishedMealOfFixedAmountsIsAccepted() {
        // The published 3:1 example (ISRN Pediatrics 2012, 263139, Table 2): 1224 kcal, 39 units rounded down,
        // protein 18 g, 3 meals of fat 39 g, protein 6 g, carbohydrate 7 g (403 kcal, 3:1). A meal of 65 g cream,
        // 19 g fruit, 20 g meat and 18 g fat, here USDA SR24 heavy cream, banana, steamed scallops, unsalted butter:
        // fat     24.05 + 0.0627 + 0.168 + 14.5998 = 38.8805 g
        // protein 1.3325 + 0.2071 + 4.108 + 0.153 = 5.8006 g   (band 5.4..6.6)
        // carb    1.8135 + 3.8456 + 1.082 + 0.0108 = 6.7519 g   (ceiling 7, nothing varied)
        // kcal    349.9245 + 50.21 = 400.1345 (382.9..423.2); ratio 38.8805 / 12.5525 = 3.0974 (2.9..3.1)
        MealTarget published = MealTarget.ofMacros("meal", 39, 6, 7, CarbConvention.NET);
        ComposedMeal m = composer.compose(MealRequest.of(published, List.of(Ingredient.fixed(CREAM, 65),
                Ingredient.fixed(BANANA, 19), Ingredient.fixed(SCALLOP, 20), Ingredient.fixed(UNSALTED_BUTTER, 18))));
        assertEquals("fixed", m.method());
        assertEquals(38.8805, m.totals().fatG(), 1e-9);
        assertEquals(5.8006, m.totals().proteinG(), 1e-9);
        assertEquals(6.7519, m.totals().carbohydrate(CarbConvention.NET), 1e-9);
        assertEquals(400.1345, m.kcal(), 1e-9);
        assertTrue(m.withinTolerance());
    }

    @Test
    void aBandIsJudgedOnTheValuesAsPrinted() {
        // The published meal's 5.8006 g protein against a floor with no tolerance (protein band 0 %): a floor of
        // 5.84 g prints as 5.8 like the meal and is kept; one of 5.86 g prints as 5.9 and is not. The ratio 3.0974
        // prints as 3.10 and keeps a top of 3.1.
        List<Ingredient> meal = List.of(Ingredient.fixed(CREAM, 65), Ingredient.fixed(BANANA, 19),
                Ingredient.fixed(SCALLOP, 20), Ingredient.fixed(UNSALTED_BUTTER, 18));
        Tolerances exact = Tolerances.DEFAULT.withProteinFraction(0);
        MealTarget kept = MealTarget.ofMacros("meal", 39, 5.84, 7.16, CarbConvention.NET);
        assertTrue(composer.compose(MealRequest.of(kept, meal).withTolerances(exact)).withinTolerance());
        MealTarget refused = MealTarget.ofMacros("meal", 39, 5.86, 7.14, CarbConvention.NET);
        assertThrows(NoSolutionException.class, () -> composer.compose(MealRequest.of(refused, meal)
                .withTolerances(exact)));
    }

    @Test
    void fixedAmountOffTheStepIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MealRequest.of(
                target(500, 4, 10), List.of(Ingredient.free(BUTTER), Ingredient.fixed(BROCCOLI, 30.5))));
        assertEquals("11090: 30.5 g is not a multiple of the scale step 1", e.getMessage());
    }
}
