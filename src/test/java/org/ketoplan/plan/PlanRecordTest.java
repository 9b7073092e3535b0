package org.ketoplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketoplan.common.FieldError;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.Basis;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Per100;
import org.ketoplan.prescription.MealTarget;

/** The plan record's value types refuse values no plan can have, naming the field as plan.json spells it. */
class PlanRecordTest {
    @Test
    void totalsRefuseNegativeNotANumberAndInfiniteValues() {
        assertEquals(4.0, new PlanTotals(162.5, 16.25, 2.45, 1.61, 4).ratio());
        assertEquals(0.0, new PlanTotals(0, 0, 0, 0, 0).kcal()); // an empty meal is possible
        FieldError e = assertThrows(FieldError.class, () -> new PlanTotals(-1, 16.25, 2.45, 1.61, 4));
        assertEquals("kcal", e.field());
        assertEquals("-1.0 is not an amount (it must be a number from 0 up)", e.problem());
        assertEquals("fat_g", assertThrows(FieldError.class,
                () -> new PlanTotals(162.5, Double.NaN, 2.45, 1.61, 4)).field());
        assertEquals("protein_g", assertThrows(FieldError.class,
                () -> new PlanTotals(162.5, 16.25, -0.1, 1.61, 4)).field());
        assertEquals("carb_g", assertThrows(FieldError.class,
                () -> new PlanTotals(162.5, 16.25, 2.45, Double.POSITIVE_INFINITY, 4)).field());
        assertEquals("ratio", assertThrows(FieldError.class,
                () -> new PlanTotals(162.5, 16.25, 2.45, 1.61, Double.NaN)).field());
    }

    @Test
    void tolerancesRefuseNegativeNotANumberAndAZeroStep() {
        assertEquals("ratio", assertThrows(FieldError.class, () -> new PlanTolerances(-0.1, 0.05, 1)).field());
        assertEquals("kcal_pct", assertThrows(FieldError.class,
                () -> new PlanTolerances(0.1, Double.NaN, 1)).field());
        assertEquals("kcal_pct", assertThrows(FieldError.class, () -> new PlanTolerances(0.1, -0.05, 1)).field());
        assertEquals("step", assertThrows(FieldError.class,
                () -> new PlanTolerances(0.1, 0.05, Double.NEGATIVE_INFINITY)).field());
        FieldError zero = assertThrows(FieldError.class, () -> new PlanTolerances(0.1, 0.05, 0));
        assertEquals("0 is not a scale step", zero.problem());
        // as plan.json gives it: the percent is checked as written
        FieldError pct = assertThrows(FieldError.class, () -> PlanTolerances.fromFile(0.1, -5, 1));
        assertEquals("-5.0 is not an amount (it must be a number from 0 up)", pct.problem());
    }

    @Test
    void theEnergyBandIsAFractionShownAsAPercent() {
        // the composer's default: +-5 % = 0.05; shown as 5 (0.05 x 100), and 7.5 % read from a file is 0.075
        PlanTolerances t = PlanTolerances.of(Tolerances.DEFAULT, 1);
        assertEquals(0.05, t.energyFraction(), 0);
        assertEquals(5.0, t.kcalPct(), 0);
        assertEquals(0.075, PlanTolerances.fromFile(0.1, 7.5, 0.1).energyFraction(), 1e-15);
        // 0.07 x 100 is 7.000000000000001 in binary: shown to 0.001 %, read back as the same fraction
        PlanTolerances seven = new PlanTolerances(0.1, 0.07, 1);
        assertEquals(7.0, seven.kcalPct(), 0);
        assertEquals(0.07, PlanTolerances.fromFile(0.1, seven.kcalPct(), 1).energyFraction(), 0);
        // the composer gets the same fraction, with its own default protein band
        Tolerances c = seven.composer();
        assertEquals(0.07, c.energyFraction(), 0);
        assertEquals(0.1, c.ratio(), 0);
        assertEquals(Tolerances.DEFAULT.proteinFraction(), c.proteinFraction(), 0);
    }

    @Test
    void aSlotCarriesItsMealTargetItself() {
        MealTarget breakfast = MealTarget.of("breakfast", 162.5, 4, 2.45, CarbConvention.TOTAL);
        PlanSlot s = new PlanSlot("07:00", MealKind.MEAL, breakfast);
        assertSame(breakfast, s.target());
        // 162.5 kcal at 4:1: units = 162.5 / (9 x 4 + 4) = 4.0625; fat 16.25, carbohydrate 4.0625 - 2.45 = 1.6125
        assertEquals("breakfast", s.name());
        assertEquals(16.25, s.fatG(), 1e-12);
        assertEquals(1.6125, s.carbG(), 1e-12);
        assertEquals(MealKind.MEAL, new PlanSlot(null, null, breakfast).kind());
        assertThrows(NullPointerException.class, () -> new PlanSlot("07:00", MealKind.MEAL, null));
    }

    @Test
    void aSlotReadFromAFileRefusesAMissingNameAndImpossibleTargets() {
        IllegalArgumentException noName = assertThrows(IllegalArgumentException.class,
                () -> PlanSlot.fromFile(" ", "07:00", MealKind.MEAL, 162.5, 4, 16.25, 2.45, 1.61));
        assertEquals("slot: missing field 'name'", noName.getMessage());
        assertEquals("kcal", assertThrows(FieldError.class,
                () -> PlanSlot.fromFile("breakfast", null, null, -162.5, 4, 16.25, 2.45, 1.61)).field());
        assertEquals("carb_g", assertThrows(FieldError.class,
                () -> PlanSlot.fromFile("breakfast", null, null, 162.5, 4, 16.25, 2.45, Double.NaN)).field());
    }

    @Test
    void aPrescriptionCountsItsSlotsCarbohydrateAsItDoes() {
        PlanSlot read = PlanSlot.fromFile("breakfast", "07:00", MealKind.MEAL, 162.5, 4, 16.25, 2.45, 1.61);
        PlanPrescription total = new PlanPrescription(650, 4, 65, 9.8, 6.45, CarbConvention.TOTAL, 0, 780,
                List.of(read), List.of(), Map.of());
        MealTarget t = total.slots().get(0).target();
        assertEquals(CarbConvention.TOTAL, t.carbs());
        assertEquals(1.61, t.carbG(), 0); // the numbers as they were
        PlanPrescription net = new PlanPrescription(650, 4, 65, 9.8, 6.45, CarbConvention.NET, 0, 780,
                List.of(read), List.of(), Map.of());
        assertSame(read, net.slots().get(0));
    }

    @Test
    void aFoodKeepsItsCompositionTyped() {
        PlanFood cream = new PlanFood("01053", "Cream", Basis.GRAM, Per100.of("fat_g", 37.0, "protein_g", 2.05,
                "carbohydrate_g", 2.79, "fibre_g", 0.0, "water_g", 57.71));
        assertEquals(57.71, cream.per100().amount(Nutrient.WATER).getAsDouble(), 0);
        assertFalse(cream.per100().has(Nutrient.CALCIUM)); // not stored: unknown, not zero
        // 50 g: fat 18.5, protein 1.025, carbohydrate 1.395
        assertEquals(18.5, cream.macros(50).fatG(), 1e-12);
        assertEquals(1.395, cream.macros(50).carbohydrateG(), 1e-12);
        assertTrue(new PlanFood("x", "x", Basis.GRAM, null).per100().known().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Per100.of("fat_g", -1.0));
        assertThrows(IllegalArgumentException.class, () -> Per100.of("fat_g", Double.NaN));
    }
}
