package org.ketoplan.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ketoplan.compose.Fixtures.BROCCOLI;
import static org.ketoplan.compose.Fixtures.BUTTER;
import static org.ketoplan.compose.Fixtures.CHICKEN;
import static org.ketoplan.compose.Fixtures.CUCUMBER;
import static org.ketoplan.compose.Fixtures.OIL;
import static org.ketoplan.compose.Fixtures.food;
import static org.ketoplan.compose.Fixtures.target;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketoplan.common.NoSolutionException;

/**
 * Each reason the composer gives when no meal exists. Target unless said otherwise: 500 kcal at 4:1 with 10 g
 * protein (fat 50 g, carbohydrate 2.5 g net); energy band 475..525 kcal; ratio band 3.9..4.1; protein band 9..11 g.
 * A test that is about another constraint widens the protein band to 90 or 99 % either side.
 */
class DiagnosisTest {
    private final MealComposer composer = new MealComposer();

    private String reason(Ingredient... foods) {
        return reason(Tolerances.DEFAULT, foods);
    }

    private String reason(Tolerances tolerances, Ingredient... foods) {
        return reasonFor(target(500, 4, 10), tolerances, foods);
    }

    private String reasonFor(org.ketoplan.prescription.MealTarget t, Tolerances tolerances, Ingredient... foods) {
        MealRequest r = MealRequest.of(t, List.of(foods)).withTolerances(tolerances);
        return assertThrows(NoSolutionException.class, () -> composer.compose(r)).getMessage();
    }

    @Test
    void noFoodSuppliesFat() {
        Ingredient eggWhitePowder = Ingredient.free(food("egg-white-powder", "Egg white powder", 0, 80, 5, 0));
        assertEquals("no food supplies fat: add butter, oil or cream", reason(eggWhitePowder));
    }

    @Test
    void fixedBroccoliAloneExceedsTheCarbohydrate() {
        // 70 g broccoli x 0.0404 = 2.828 g net > ceiling 2.5 + 1 g butter's 0.0006 = 2.5006 g
        assertEquals("70 g of fixed Broccoli, raw alone exceed the meal's 2.5 g carbohydrate (net, target 2.5 g + "
                + "tolerance): use less of it or allow more carbohydrate",
                reason(Ingredient.free(BUTTER), Ingredient.free(CHICKEN), Ingredient.fixed(BROCCOLI, 70)));
    }

    @Test
    void fixedButterAloneExceedsTheEnergy() {
        // 100 g butter x 7.3363 kcal/g = 734 kcal > 525
        assertEquals("100 g of fixed Butter, salted alone give 734 kcal, above the meal's 525 kcal (target 500 kcal "
                + "+ tolerance): use less of it", reason(Ingredient.fixed(BUTTER, 100), Ingredient.free(CHICKEN)));
    }

    @Test
    void boundsTooLowToReachTheEnergy() {
        // 20 g butter x 7.3363 = 146.7 kcal; 50 g chicken x (0.3213 + 1.2408) = 78.1 kcal; together 224.8 < 475
        assertEquals("even at their largest amounts the foods give only 225 kcal, below the meal's 475 kcal (target "
                + "500 kcal - tolerance): raise a largest amount or add a food",
                reason(Ingredient.between(BUTTER, 0, 20), Ingredient.between(CHICKEN, 0, 50)));
    }

    @Test
    void noFoodSuppliesProtein() {
        assertEquals("no food supplies protein, and the protein band starts at 9 g: add meat, fish, egg or cheese, "
                + "or lower the protein", reason(Ingredient.free(OIL)));
    }

    @Test
    void boundsTooLowToReachTheProteinBand() {
        // 20 g chicken x 0.3102 = 6.204 g + 80 g butter x 0.0085 = 0.68 g -> 6.884 g < band 10 - 10 % = 9 g
        assertEquals("even at their largest amounts the foods give only 6.9 g protein, below the protein band's "
                + "9 g: raise a largest amount, add a protein food or lower the protein",
                reason(Ingredient.between(BUTTER, 0, 80), Ingredient.between(CHICKEN, 0, 20)));
    }

    @Test
    void fixedChickenAloneIsAboveTheProteinBand() {
        // 100 g chicken x 0.3102 = 31.02 g protein > band 10 + 10 % = 11 g
        assertEquals("100 g of fixed Chicken breast, roasted alone give 31 g protein, above the protein band's 11 g "
                + "(target 10 g + tolerance): use less of it or widen the protein band",
                reason(Ingredient.free(BUTTER), Ingredient.fixed(CHICKEN, 100)));
    }

    @Test
    void ratioBandCannotBeReachedBesideFixedChicken() {
        // protein band 1..19 g (90 %). 60 g chicken: fat 2.142, protein 18.612. At most 60 g butter: fat 48.666,
        // protein 0.51, carbohydrate 0.036 -> ratio at most 50.808 / 19.158 = 2.65 < 3.9. Energy is reachable
        // (60 g chicken 93.7 kcal + 60 g butter 440.2 kcal = 533.9 >= 475), so the ratio is what blocks.
        assertEquals("the ratio band (3.9:1 to 4.1:1) cannot be reached: the fixed foods and least amounts bring more "
                + "protein and carbohydrate than the fat sources can balance; add a fat source (butter, oil, cream) "
                + "or raise its largest amount",
                reason(Tolerances.DEFAULT.withProteinFraction(0.9), Ingredient.between(BUTTER, 0, 60),
                        Ingredient.fixed(CHICKEN, 60)));
    }

    @Test
    void ratioBandCannotBeKeptBelowItsTopWithTooMuchFixedFat() {
        // 65 g butter: 52.7 g fat, 476.9 kcal; at most 5 g chicken -> protein + carbohydrate <= 0.55 + 0.04 + 1.55
        // = 2.14 g, so the ratio is at least 52.7 / 2.14 = 24.6
        assertEquals("the ratio band (3.9:1 to 4.1:1) cannot be kept: the fat is too much for the protein and "
                + "carbohydrate available; add a food with protein, or lower a fat source's fixed or least amount",
                reason(Tolerances.DEFAULT.withProteinFraction(0.99), Ingredient.fixed(BUTTER, 65),
                        Ingredient.between(CHICKEN, 0, 5)));
    }

    @Test
    void ratioBandCannotBeMetWithTheProteinBand() {
        // protein >= 9 g needs about 28 g chicken, which needs >= 3.9 x 9 = 35.1 g fat; 40 g butter give 32.4 g and
        // 28 g chicken 1.0 g
        assertEquals("the ratio band (3.9:1 to 4.1:1) cannot be met with protein above 9 g: add a fat source or "
                + "lower the protein", reason(Ingredient.between(BUTTER, 0, 40), Ingredient.free(CHICKEN)));
    }

    @Test
    void proteinFromBroccoliAloneBreaksTheCarbohydrateCeiling() {
        // 9 g protein from broccoli alone = 9 / 0.0282 = 319 g broccoli = 12.9 g net carbohydrate > 2.5 + 0.0404 g
        assertEquals("the ratio band (3.9:1 to 4.1:1) and the protein band (9 to 11 g) cannot be met with "
                + "carbohydrate at most 2.5 g: add a food with protein and little carbohydrate, or allow more "
                + "carbohydrate", reason(Ingredient.free(BUTTER), Ingredient.free(BROCCOLI)));
    }

    @Test
    void energyBandOutOfReachWithTheRatioKept() {
        // protein band 0.1..19.9 g (99 %). 40 g butter: fat 32.444, protein 0.34, carbohydrate 0.024, 293.45 kcal.
        // Ratio >= 3.9 with c g chicken: 32.444 + 0.0357 c >= 3.9 (0.364 + 0.3102 c) -> 31.0244 >= 1.17408 c ->
        // c <= 26.424 g (41.28 kcal) -> at most 293.45 + 41.28 = 334.7 kcal < 475; more protein would not help
        String r = reason(Tolerances.DEFAULT.withProteinFraction(0.99), Ingredient.between(BUTTER, 0, 40),
                Ingredient.free(CHICKEN));
        assertEquals("keeping the ratio band, the protein band (0.1 to 19.9 g), the carbohydrate ceiling, these "
                + "foods give at most 335 kcal, below the meal's 475 kcal: raise the largest amount of a fat source or "
                + "add a food", r);
    }

    @Test
    void energyBandOutOfReachForWantOfCarbohydrate() {
        // 500 kcal at 3:1 with 12 g protein: units 16.129, carbohydrate 4.129 g, protein band 10.8..13.2 g.
        // Broccoli at most 30 g = 1.212 g net carbohydrate. Ratio and energy need protein + carbohydrate >= 475 /
        // (9 x 3.1 + 4) = 14.89 g, so protein >= 14.89 - 1.25 = 13.6 g > 13.2: only 461 kcal keep every band. With
        // a protein floor alone the meal composes at 14.7 g protein (122 %): the band is what refuses it.
        String r = reasonFor(target(500, 3, 12), Tolerances.DEFAULT, Ingredient.free(CHICKEN), Ingredient.free(BUTTER),
                Ingredient.between(BROCCOLI, 0, 30));
        assertEquals("keeping the ratio band, the protein band (10.8 to 13.2 g), the carbohydrate ceiling, these "
                + "foods give at most 461 kcal, below the meal's 475 kcal: they have at most 1.2 g carbohydrate of "
                + "the 4.1 g the ratio leaves beside the protein; raise the largest amount of a vegetable or fruit, "
                + "or add one", r);
    }

    @Test
    void energyBandOvershotBecauseTheRatioNeedsSoMuchButter() {
        // protein band 1..19 g (90 %). 55 g chicken: fat 1.9635, protein 17.061, 85.916 kcal. Ratio >= 3.9 with b g
        // butter: 0.8111 b + 1.9635 >= 3.9 (17.061 + 0.0091 b) -> 0.77561 b >= 64.574 -> b >= 83.256 g (protein
        // 17.061 + 0.708 = 17.77 g, inside the band), 610.79 kcal -> at least 696.7 kcal > 525
        assertEquals("keeping the ratio band, the protein band (1 to 19 g), the carbohydrate ceiling, these foods "
                + "give at least 697 kcal, above the meal's 525 kcal: lower a fixed or least amount",
                reason(Tolerances.DEFAULT.withProteinFraction(0.9), Ingredient.free(BUTTER),
                        Ingredient.fixed(CHICKEN, 55)));
    }

    @Test
    void fixedFoodsAloneOutsideTheBands() {
        // 65 g butter + 20 g chicken: 53.43 g fat / 6.80 g protein + carbohydrate = ratio 7.86, 508 kcal
        assertEquals("the fixed foods alone give ratio 7.86:1 and 508 kcal, outside the meal's bands: let the "
                + "composer choose the amount of at least one food",
                reason(Tolerances.DEFAULT.withProteinFraction(0.99), Ingredient.fixed(BUTTER, 65),
                        Ingredient.fixed(CHICKEN, 20)));
    }

    @Test
    void mealWeightCapRefusesThreeHundredAndFiftyGramsOfCucumber() {
        // 400 kcal at 3:1 with 7.8 g protein: units 12.903, carbohydrate 5.103 g net. Cucumber is the only
        // carbohydrate (1.46 g net per 100 g): 5.1 g needs 349 g (composed so without caps). A meal without a child
        // may weigh 400 g and one food 200 g (AmountLimits): 200 g cucumber = 2.92 g, and the protein band (7 to
        // 8.6 g) cannot make up the rest.
        MealRequest r = new MealRequest(target(400, 3, 7.8), List.of(Ingredient.free(OIL), Ingredient.free(CHICKEN),
                Ingredient.free(CUCUMBER)), 1, Tolerances.DEFAULT, AmountLimits.forChild(null));
        assertEquals("keeping the ratio band, the protein band (7 to 8.6 g), the carbohydrate ceiling and the meal "
                + "weight, these foods give at most 367 kcal, below the meal's 380 kcal: they have at most 2.9 g "
                + "carbohydrate of the 5.1 g the ratio leaves beside the protein; raise the largest amount of a "
                + "vegetable or fruit, or add one (no food may be more than 200 g, nor the meal more than 400 g)",
                assertThrows(NoSolutionException.class, () -> composer.compose(r)).getMessage());
    }
}
