package org.ketoplan.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ketoplan.compose.Fixtures.BREAST_MILK;
import static org.ketoplan.compose.Fixtures.KETOCAL_4;
import static org.ketoplan.compose.Fixtures.LIQUIGEN;
import static org.ketoplan.compose.Fixtures.PROTIFAR;
import static org.ketoplan.compose.Fixtures.target;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketoplan.common.NoSolutionException;

class FormulaComposerTest {
    private final FormulaComposer composer = new FormulaComposer();

    @Test
    void sevenPointEightKiloInfantOnKetoCalFourToOne() {
        // A complete formula brings its own protein: KetoCal 4:1 has 14.4 g in 705 kcal (2.04 g/100 kcal), so the
        // day's protein is prescribed as the formula gives it, 13.5 g (the default 1.5 g/100 kcal, 9.75 g, is outside
        // the +-10 % protein band of KetoCal alone). Target 650 kcal at 4:1: units 650 / 40 = 16.25, fat 65 g,
        // carbohydrate 16.25 - 13.5 = 2.75 g (net); protein band 12.15..14.85 g.
        // KetoCal 4:1 per g: fat 0.692, protein 0.144, net carb 0.082 - 0.053 = 0.029;
        //   9/4/4: 6.228 + 0.576 + 0.116 = 6.92 kcal/g (the label says 7.05; ketoplan uses 9/4/4 throughout).
        // Fat on target at 65 / 0.692 = 93.93 g; the fat deviation weighs most (9 x 0.692 per g against
        // 4 x 0.144 and 4 x 0.029), so the LP stops there; rounding: 93 g scores 9 x 0.644 + 4 x 0.108 + 4 x 0.053
        // = 6.44, 94 g scores 9 x 0.048 + 4 x 0.036 + 4 x 0.024 = 0.67 -> 94 g.
        // 94 g: fat 65.048, protein 13.536, net carb 2.726, kcal 94 x 6.92 = 650.48; ratio 65.048 / 16.262 = 4.000.
        // Fluid by Holliday-Segar: 7.8 kg x 100 ml = 780 ml, all water (powder volume not counted);
        // 650.48 / 780 = 0.834 kcal/ml; 6 feeds of 130 ml with 94 / 6 = 15.67 g powder each; 130 ml is below
        // 30 ml/kg x 7.8 = 234 ml, so no warning.
        FormulaFeeds f = composer.compose(FormulaRequest.of(MealTargets.fromEnergy("day", 650, 4, 13.5,
                        org.ketoplan.nutrition.CarbConvention.NET), List.of(Ingredient.free(KETOCAL_4)),
                Fluids.hollidaySegarMl(7.8), 6, 7.8));
        assertEquals(94.0, f.day().portions().get(0).amount());
        assertEquals(650.48, f.day().kcal(), 1e-9);
        assertEquals(4.0, f.day().ratio(), 1e-9);
        assertEquals(780.0, f.waterMl(), 1e-9);
        assertEquals(780.0, f.totalMl(), 1e-9);
        assertEquals(0.834, f.kcalPerMl(), 1e-3);
        assertEquals(130.0, f.feedMl(), 1e-9);
        assertEquals(List.of(), f.warnings());
        assertTrue(f.day().withinTolerance());
    }

    @Test
    void breastMilkWithFatAndProteinModules() {
        // 650 kcal at 3:1 with 9.75 g protein: units 650 / 31 = 20.968, fat 62.903 g, carbohydrate 11.218 g;
        // protein band 8.775..10.725 g.
        // 150 ml breast milk fixed (fat 5.25, protein 1.35, carbohydrate 10.05); Liquigen 0.5 g fat per ml;
        // Protifar per g fat 0.016, protein 0.872, carbohydrate 0.014. Result 114 ml Liquigen, 10 g Protifar:
        // fat     5.25 + 57 + 0.16 = 62.41 g
        // protein 1.35 + 0 + 8.72 = 10.07 g
        // carb    10.05 + 0 + 0.14 = 10.19 g
        // kcal    561.69 + 40.28 + 40.76 = 642.73 (617.5..682.5); ratio 62.41 / 20.26 = 3.080 (2.9..3.1)
        // water   780 - 150 - 114 = 516 ml
        FormulaFeeds f = composer.compose(FormulaRequest.of(target(650, 3, 9.75), List.of(
                Ingredient.fixed(BREAST_MILK, 150), Ingredient.free(LIQUIGEN), Ingredient.free(PROTIFAR)), 780, 6,
                7.8));
        assertEquals(List.of(150.0, 114.0, 10.0), f.day().portions().stream().map(Portion::amount).toList());
        assertEquals(642.73, f.day().kcal(), 1e-9);
        assertEquals(3.080, f.day().ratio(), 1e-3);
        assertEquals(516.0, f.waterMl(), 1e-9);
        assertEquals(264.0, f.liquidsMl(), 1e-9);
        assertTrue(f.day().withinTolerance());
    }

    @Test
    void powderVolumeWhenGivenComesOffTheWater() {
        // 94 g x 0.7 ml/g = 65.8 ml -> water 780 - 65.8 = 714.2 ml; the total stays 780 ml
        FormulaFeeds f = composer.compose(new FormulaRequest(target(650, 4, 13.5), List.of(Ingredient.free(KETOCAL_4)),
                780, 6, 7.8, 1, Tolerances.DEFAULT, Fluids.DEFAULT_MAX_FEED_ML_PER_KG, 0.7));
        assertEquals(714.2, f.waterMl(), 1e-9);
        assertEquals(780.0, f.totalMl(), 1e-9);
    }

    @Test
    void denseFeedAndLargeFeedsAreWarnedAbout() {
        // 650.48 kcal in 500 ml = 1.30 kcal/ml > 1; 500 ml in 2 feeds = 250 ml > 30 x 7.8 = 234 ml
        FormulaFeeds f = composer.compose(FormulaRequest.of(target(650, 4, 13.5), List.of(Ingredient.free(KETOCAL_4)),
                500, 2, 7.8));
        assertEquals(List.of("energy density 1.30 kcal/ml is above 1.0 kcal/ml: check tolerance, or allow more fluid",
                "each feed is 250 ml, above 30 ml/kg x 7.8 kg = 234 ml (a rule of thumb; see max_feed_ml_per_kg): "
                        + "consider more feeds"), f.warnings());
        // the setting is a field reference, which a front end writes with its own label (the CLI's option)
        assertEquals(List.of("max_feed_ml_per_kg"), f.cautions().get(1).fields());
        assertEquals("each feed is 250 ml, above 30 ml/kg x 7.8 kg = 234 ml (a rule of thumb; see "
                + "--max-feed-ml-per-kg): consider more feeds", f.warnings(x -> "--" + x.replace('_', '-')).get(1));
    }

    @Test
    void liquidsBeyondTheFluidHaveNoSolution() {
        NoSolutionException e = assertThrows(NoSolutionException.class, () -> composer.compose(FormulaRequest.of(
                target(650, 3, 9.75), List.of(Ingredient.fixed(BREAST_MILK, 150), Ingredient.free(LIQUIGEN),
                        Ingredient.free(PROTIFAR)), 200, 6, 7.8)));
        assertEquals("the liquid products alone (264 ml) exceed the day's 200 ml of fluid: allow more fluid, or use "
                + "less liquid (a powder instead)", e.getMessage());
    }

    @ParameterizedTest(name = "{0} kg -> {1} ml")
    @CsvSource({"3.5, 350", "7.8, 780", "10, 1000", "15, 1250", "20, 1500", "25, 1600"})
    void hollidaySegarMaintenanceFluid(double kg, double ml) {
        // 100 ml/kg to 10 kg, + 50 ml/kg to 20 kg, + 20 ml/kg above: 15 kg = 1000 + 250; 25 kg = 1500 + 100
        assertEquals(ml, Fluids.hollidaySegarMl(kg), 1e-9);
    }
}
