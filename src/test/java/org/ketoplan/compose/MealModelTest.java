package org.ketoplan.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.ketoplan.compose.Fixtures.BROCCOLI;
import static org.ketoplan.compose.Fixtures.BUTTER;
import static org.ketoplan.compose.Fixtures.CHICKEN;
import static org.ketoplan.compose.Fixtures.CREAM;
import static org.ketoplan.compose.Fixtures.OIL;
import static org.ketoplan.compose.Fixtures.target;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each constraint family of the linear program on its own, with tiny fixed foods. The target is 600 kcal at 4:1
 * with 9 g protein: units 600 / 40 = 15, fat 60 g, carbohydrate 15 - 9 = 6 g (net).
 */
class MealModelTest {
    private static MealProblem problem(Ingredient... ingredients) {
        return new MealProblem(MealRequest.of(target(600, 4, 9), List.of(ingredients)));
    }

    private static double[] solve(MealModel m) {
        return m.solve().orElseThrow();
    }

    @Test
    void foodBoundsKeepEachFoodBetweenItsLeastAndLargestAmount() {
        MealProblem p = problem(Ingredient.between(BUTTER, 10, 20));
        assertEquals(20, solve(new MealModel(p, false).weigh(0, -1))[0], 1e-9);
        assertEquals(10, solve(new MealModel(p, false).weigh(0, 1))[0], 1e-9);
    }

    @Test
    void foodBoundsAtTenthGramStepsStayInsideTheBoundsGiven() {
        // 10.05..20.04 g in 0.1 g steps: ceil(100.5) = 101 steps to floor(200.4) = 200 steps
        MealProblem p = new MealProblem(MealRequest.of(target(600, 4, 9),
                List.of(Ingredient.between(BUTTER, 10.05, 20.04))).withStep(0.1));
        assertEquals(200, solve(new MealModel(p, false).weigh(0, -1))[0], 1e-9);
        assertEquals(101, solve(new MealModel(p, false).weigh(0, 1))[0], 1e-9);
    }

    @Test
    void ratioBandNeedsEnoughButterBesideOneHundredGramsOfChicken() {
        // 100 g chicken: fat 3.57, protein 31.02. Butter per g: fat 0.8111, protein 0.0085, carb 0.0006.
        // Low side 3.9: 0.8111 b + 3.57 >= 3.9 (31.02 + 0.0085 b + 0.0006 b)
        //   (0.8111 - 0.03549) b >= 120.978 - 3.57  ->  b >= 117.408 / 0.77561 = 151.375 g
        // High side 4.1: (0.8111 - 0.03731) b <= 127.182 - 3.57  ->  b <= 123.612 / 0.77379 = 159.749 g
        MealProblem p = problem(Ingredient.free(BUTTER), Ingredient.fixed(CHICKEN, 100));
        assertEquals(151.375, solve(new MealModel(p, false).ratioBand().weigh(0, 1))[0], 1e-3);
        assertEquals(159.749, solve(new MealModel(p, false).ratioBand().weigh(0, -1))[0], 1e-3);
    }

    @Test
    void energyBandKeepsButterWithinFivePercentOfSixHundredKcal() {
        // butter per g by 9/4/4 with net carbohydrate: 9 x 0.8111 + 4 x 0.0085 + 4 x 0.0006 = 7.3363 kcal
        // 570 / 7.3363 = 77.696 g; 630 / 7.3363 = 85.874 g
        MealProblem p = problem(Ingredient.free(BUTTER));
        assertEquals(77.696, solve(new MealModel(p, false).energyBand().weigh(0, 1))[0], 1e-3);
        assertEquals(85.874, solve(new MealModel(p, false).energyBand().weigh(0, -1))[0], 1e-3);
    }

    @Test
    void proteinBandIsTheTargetPlusOrMinusTenPercent() {
        // 9 g +-10 %: 8.1 to 9.9 g -> 8.1 / 0.3102 = 26.112 g to 9.9 / 0.3102 = 31.915 g chicken
        MealProblem p = problem(Ingredient.free(CHICKEN));
        assertEquals(8.1, p.bands.proteinLowG(), 1e-9);
        assertEquals(9.9, p.bands.proteinHighG(), 1e-9);
        assertEquals(26.112, solve(new MealModel(p, false).proteinBand().weigh(0, 1))[0], 1e-3);
        assertEquals(31.915, solve(new MealModel(p, false).proteinBand().weigh(0, -1))[0], 1e-3);
    }

    @Test
    void mealWeightCapsTheFoodsTogether() {
        // a meal of at most 100 g: butter and chicken together at most 100 g
        MealProblem p = new MealProblem(MealRequest.of(target(600, 4, 9), List.of(Ingredient.free(BUTTER),
                Ingredient.free(CHICKEN))).withLimits(new AmountLimits(null, null, 100.0)));
        double[] x = solve(new MealModel(p, false).mealWeight().weigh(0, -1).weigh(1, -1));
        assertEquals(100, x[0] + x[1], 1e-6);
    }

    @Test
    void carbohydrateCeilingIsTheTargetPlusOneStepOfTheRichestCarbohydrateFood() {
        // ceiling = 6 + 1 g of broccoli's net carbohydrate (0.0664 - 0.026 = 0.0404) = 6.0404 g
        // -> at most 6.0404 / 0.0404 = 149.515 g broccoli
        MealProblem p = problem(Ingredient.free(BROCCOLI));
        assertEquals(6.0404, p.bands.carbCeilingG(), 1e-9);
        assertEquals(149.515, solve(new MealModel(p, false).carbohydrateCeiling().weigh(0, -1))[0], 1e-3);
    }

    @Test
    void nearestToTargetsHitsFatProteinAndCarbohydrateExactlyWhenItCan() {
        // Only broccoli has carbohydrate: r = 6 / 0.0404 = 148.515 g.
        // Protein: 0.3102 c + 0.0282 x 148.515 = 9 -> c = (9 - 4.18812) / 0.3102 = 15.512 g chicken.
        // Fat: oil = 60 - 0.0357 x 15.512 - 0.0037 x 148.515 = 60 - 0.55378 - 0.54950 = 58.897 g.
        MealProblem p = problem(Ingredient.free(OIL), Ingredient.free(CHICKEN), Ingredient.free(BROCCOLI));
        double[] x = solve(new MealModel(p, false).nearestToTargets());
        assertEquals(58.897, x[0], 1e-3);
        assertEquals(15.512, x[1], 1e-3);
        assertEquals(148.515, x[2], 1e-3);
    }

    @Test
    void preferredProportionsScaleTheRecipeAmounts() {
        // 60 g cream to 20 g butter: whatever the scale, cream = 3 x butter
        MealProblem p = problem(Ingredient.free(CREAM).preferring(60), Ingredient.free(BUTTER).preferring(20));
        double[] x = solve(new MealModel(p, false).energyBand().preferredProportions());
        assertEquals(3.0, x[0] / x[1], 1e-6);
    }

    @Test
    void withoutPreferredAmountsEveryFoodGivesTheSameEnergy() {
        // equal energy: cream 3.5236 kcal/g (3.33 + 0.082 + 0.1116), butter 7.3363 kcal/g;
        // 600 +-5 % in two equal halves -> cream / butter = 7.3363 / 3.5236 = 2.0820
        MealProblem p = problem(Ingredient.free(CREAM), Ingredient.free(BUTTER));
        double[] x = solve(new MealModel(p, false).energyBand().preferredProportions());
        assertEquals(7.3363 / 3.5236, x[0] / x[1], 1e-6);
    }

    @Test
    void familiesThatCannotAllHoldMakeNoSolution() {
        // butter alone cannot keep the protein band's floor
        MealProblem p = problem(Ingredient.between(BUTTER, 0, 100), Ingredient.fixed(CHICKEN, 1));
        assertFalse(new MealModel(p, false).proteinFloor().feasible());
    }
}
