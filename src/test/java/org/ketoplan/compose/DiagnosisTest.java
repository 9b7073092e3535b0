package org.ketoplan.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ketoplan.compose.Fixtures.BROCCOLI;
import static org.ketoplan.compose.Fixtures.BUTTER;
import static org.ketoplan.compose.Fixtures.CHICKEN;
import static org.ketoplan.compose.Fixtures.OIL;
import static org.ketoplan.compose.Fixtures.food;
import static org.ketoplan.compose.Fixtures.target;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketoplan.common.NoSolutionException;

/**
 * Each reason the composer gives when no meal exists. Target unless said otherwise: 500 kcal at 4:1 with 10 g
 * protein (fat 50 g, carbohydrate 2.5 g net); energy band 475..525 kcal; ratio band 3.9..4.1.
 */
class DiagnosisTest {
    private final MealComposer composer = new MealComposer();

    private String reason(Ingredient... foods) {
        return reason(Tolerances.DEFAULT, foods);
    }

    private String reason(Tolerances tolerances, Ingredient... foods) {
        MealRequest r = MealRequest.of(target(500, 4, 10), List.of(foods)).withTolerances(tolerances);
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
        assertEquals("no food supplies protein, and the protein floor is 10 g: add meat, fish, egg or cheese, or "
                + "lower the protein floor", reason(Ingredient.free(OIL)));
    }

    @Test
    void boundsTooLowToReachTheProteinFloor() {
        // 20 g chicken x 0.3102 = 6.204 g + 80 g butter x 0.0085 = 0.68 g -> 6.884 g < floor 10 - 0.3102 = 9.6898
        assertEquals("even at their largest amounts the foods give only 6.9 g protein, below the protein floor of "
                + "9.7 g: raise a largest amount, add a protein food or lower the protein floor",
                reason(Ingredient.between(BUTTER, 0, 80), Ingredient.between(CHICKEN, 0, 20)));
    }

    @Test
    void ratioBandCannotBeReachedBesideFixedChicken() {
        // 100 g chicken: 3.57 g fat, 31.02 g protein needs >= 3.9 x 31.02 = 121 g fat; 50 g butter gives 40.6 g
        assertEquals("the ratio band (3.9:1 to 4.1:1) cannot be reached: the fixed foods and least amounts bring more "
                + "protein and carbohydrate than the fat sources can balance; add a fat source (butter, oil, cream) "
                + "or raise its largest amount",
                reason(Ingredient.between(BUTTER, 0, 50), Ingredient.fixed(CHICKEN, 100)));
    }

    @Test
    void ratioBandCannotBeKeptBelowItsTopWithTooMuchFixedFat() {
        // 65 g butter: 52.7 g fat, 476.9 kcal; at most 5 g chicken -> protein + carbohydrate <= 0.55 + 0.04 + 1.55
        // = 2.14 g, so the ratio is at least 52.7 / 2.14 = 24.6
        assertEquals("the ratio band (3.9:1 to 4.1:1) cannot be kept: the fat is too much for the protein and "
                + "carbohydrate available; add a food with protein, or lower a fat source's fixed or least amount",
                reason(new Tolerances(0.1, 0.05, 10.0, null), Ingredient.fixed(BUTTER, 65),
                        Ingredient.between(CHICKEN, 0, 5)));
    }

    @Test
    void ratioBandCannotBeMetWithTheProteinFloor() {
        // protein >= 9.69 g needs ~30 g chicken, which needs >= 3.9 x 9.69 = 37.8 g fat; 40 g butter give 32.4 g
        assertEquals("the ratio band (3.9:1 to 4.1:1) cannot be met with protein above 9.7 g: add a fat source or "
                + "lower the protein floor", reason(Ingredient.between(BUTTER, 0, 40), Ingredient.free(CHICKEN)));
    }

    @Test
    void proteinFromBroccoliAloneBreaksTheCarbohydrateCeiling() {
        // floor 10 - 1 g broccoli's 0.0282 = 9.97 g protein from broccoli alone = 354 g broccoli = 14.3 g net
        // carbohydrate > 2.5 + 0.0404 g
        assertEquals("the ratio band (3.9:1 to 4.1:1) and the protein floor of 10 g cannot be met with "
                + "carbohydrate at most 2.5 g: add a food with protein and little carbohydrate, or allow more "
                + "carbohydrate", reason(Ingredient.free(BUTTER), Ingredient.free(BROCCOLI)));
    }

    @Test
    void energyBandOutOfReachWithTheRatioKept() {
        // 40 g butter: fat 32.444, protein 0.34, carbohydrate 0.024, 293.45 kcal. Ratio >= 3.9 with c g chicken:
        // 32.444 + 0.0357 c >= 3.9 (0.364 + 0.3102 c) -> 31.0244 >= 1.17408 c -> c <= 26.424 g (41.28 kcal)
        // -> at most 293.45 + 41.28 = 334.7 kcal < 475
        String r = reason(new Tolerances(0.1, 0.05, 10.0, null), Ingredient.between(BUTTER, 0, 40),
                Ingredient.free(CHICKEN));
        assertEquals("keeping the ratio band, the protein floor and the carbohydrate ceiling, these foods give at "
                + "most 335 kcal, below the meal's 475 kcal: raise the largest amount of a fat source or add a food",
                r);
    }

    @Test
    void energyBandOvershotBecauseTheRatioNeedsSoMuchButter() {
        // 100 g chicken (156.21 kcal) needs >= 151.375 g butter for ratio 3.9 (MealModelTest), 151.375 x 7.3363 =
        // 1110.53 kcal -> at least 1266.7 kcal > 525
        assertEquals("keeping the ratio band, the protein floor and the carbohydrate ceiling, these foods give at "
                + "least 1267 kcal, above the meal's 525 kcal: lower a fixed or least amount",
                reason(Ingredient.free(BUTTER), Ingredient.fixed(CHICKEN, 100)));
    }

    @Test
    void fixedFoodsAloneOutsideTheBands() {
        // 65 g butter + 20 g chicken: 53.43 g fat / 6.80 g protein + carbohydrate = ratio 7.86, 508 kcal
        assertEquals("the fixed foods alone give ratio 7.86:1 and 508 kcal, outside the meal's bands: let the "
                + "composer choose the amount of at least one food",
                reason(new Tolerances(0.1, 0.05, 10.0, null), Ingredient.fixed(BUTTER, 65),
                        Ingredient.fixed(CHICKEN, 20)));
    }
}
