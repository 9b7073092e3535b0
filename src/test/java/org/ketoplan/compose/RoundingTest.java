package org.ketoplan.compose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rounding search: from the linear program's optimum to whole scale steps that keep every band. */
class RoundingTest {
    /** The README's meal: 500 kcal at 4:1 with 10 g protein from cream, butter, chicken and broccoli, 1 g steps. */
    private static MealProblem readmeMeal() {
        return new MealProblem(new MealRequest(Fixtures.target(500, 4, 10), List.of(Ingredient.free(Fixtures.CREAM),
                Ingredient.free(Fixtures.BUTTER), Ingredient.free(Fixtures.CHICKEN),
                Ingredient.free(Fixtures.BROCCOLI)), 1, Tolerances.DEFAULT));
    }

    @Test
    void theOptimumRoundsToTheReadmesGramsInsideEveryBand() {
        MealProblem p = readmeMeal();
        double[] relaxed = MealModel.complete(p, false).solve().orElseThrow();
        long[] steps = new Rounding(p).round(relaxed).orElseThrow();
        // 12 g cream, 55 g butter, 25 g chicken, 53 g broccoli (README, 'Composing a meal'): fat 12 x 0.37 + 55 x
        // 0.8111 + 25 x 0.0357 + 53 x 0.0037 = 4.44 + 44.61 + 0.89 + 0.20 = 50.14 g; protein 0.25 + 0.47 + 7.76 +
        // 1.49 = 9.97 g, inside 9 to 11; net carbohydrate 0.33 + 0.03 + 0 + 2.14 = 2.51 g; ratio 50.14 / 12.48 =
        // 4.02, inside 3.9 to 4.1; 9 x 50.14 + 4 x 12.48 = 501.2 kcal, inside 475 to 525
        assertArrayEquals(new long[] {12, 55, 25, 53}, steps);
        double[] y = {12, 55, 25, 53};
        assertEquals(0, p.violation(y));
        assertEquals(50.14, p.fat(y), 0.01);
        assertEquals(9.97, p.protein(y), 0.01);
    }

    @Test
    void everyAmountStaysNearTheOptimumAndIsZeroOrWeighable() {
        MealProblem p = readmeMeal();
        double[] relaxed = MealModel.complete(p, false).solve().orElseThrow();
        long[] steps = new Rounding(p).round(relaxed).orElseThrow();
        for (int k = 0; k < steps.length; k++) {
            assertTrue(Math.abs(steps[k] - relaxed[k]) <= Rounding.BOX_STEPS + 1,
                    k + ": " + steps[k] + " steps, far from the optimum's " + relaxed[k]);
            assertTrue(steps[k] == 0 || steps[k] >= 5, k + ": " + steps[k] + " steps is below 5 and not 0");
        }
    }

    @Test
    void nothingNearAPointFarFromEveryBandIsOffered() {
        // around no food at all the most within 5 steps of each is 5 g cream (18.5 kcal), 5 g butter (36.5),
        // 5 g chicken (7.9) and 5 g broccoli (1.7): 64.6 kcal, far below the 475 kcal floor
        MealProblem p = readmeMeal();
        Optional<long[]> steps = new Rounding(p).round(new double[] {0, 0, 0, 0});
        assertTrue(steps.isEmpty(), () -> "offered " + java.util.Arrays.toString(steps.get()));
    }

    @Test
    void aTenthOfAGramStepRoundsToTenthsInsideEveryBand() {
        MealProblem p = new MealProblem(new MealRequest(Fixtures.target(500, 4, 10), List.of(
                Ingredient.free(Fixtures.CREAM), Ingredient.free(Fixtures.BUTTER), Ingredient.free(Fixtures.CHICKEN),
                Ingredient.free(Fixtures.BROCCOLI)), 0.1, Tolerances.DEFAULT));
        double[] relaxed = MealModel.complete(p, false).solve().orElseThrow();
        long[] steps = new Rounding(p).round(relaxed).orElseThrow();
        double[] y = new double[steps.length];
        for (int k = 0; k < y.length; k++) {
            y[k] = steps[k];
        }
        assertEquals(0, p.violation(y));
        // at 0.1 g the meal lies within a gram of the 1 g meal's 12, 55, 25 and 53 g
        double[] grams = {12, 55, 25, 53};
        for (int k = 0; k < y.length; k++) {
            assertEquals(grams[k], y[k] * 0.1, 1.0, "food " + k);
        }
    }
}
