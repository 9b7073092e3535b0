package org.ketoplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Per100;

/** The day checks on a tiny day worked out by hand. */
class DayTotalsTest {
    // per 100 g (USDA SR24 01053 heavy cream and 01125 egg yolk, rounded; the yolk's vitamin C left out on purpose)
    static final PlanFood CREAM = new PlanFood("01053", "Cream", org.ketoplan.food.Basis.GRAM, Per100.of("fat_g", 37.0, "protein_g", 2.05,
            "carbohydrate_g", 2.79, "fibre_g", 0.0, "water_g", 57.71, "calcium_mg", 65.0, "iron_mg", 0.03,
            "vitamin_c_mg", 0.6, "vitamin_d_ug", 1.0));
    static final PlanFood YOLK = new PlanFood("01125", "Egg yolk", org.ketoplan.food.Basis.GRAM, Per100.of("fat_g", 26.54, "protein_g", 15.86,
            "carbohydrate_g", 3.59, "fibre_g", 0.0, "water_g", 52.31, "calcium_mg", 129.0, "iron_mg", 2.73,
            "vitamin_d_ug", 5.4));
    static final PlanFood SALT = new PlanFood("02047", "Salt", org.ketoplan.food.Basis.GRAM, Per100.of("sodium_mg", 38758.0));

    static PlannedFood planned(PlanFood f, double g, boolean counted) {
        var m = f.macros(g);
        return counted ? new PlannedFood(f.id(), f.name(), g, org.ketoplan.food.Basis.GRAM, true, m.fatG(), m.proteinG(), m.carbohydrateG(),
                m.kcal(CarbConvention.NET)) : new PlannedFood(f.id(), f.name(), g, org.ketoplan.food.Basis.GRAM, false, 0, 0, 0, 0);
    }

    @Test
    void twoFoodsAgainstTheReferenceForNineMonths() {
        // 40 g cream + 20 g yolk + 0.1 g salt (not counted)
        PlannedMeal meal = new PlannedMeal("breakfast", "07:00", null, "test", List.of(),
                new PlanTotals(300, 20, 4, 2, 3.33), List.of(planned(CREAM, 40, true), planned(YOLK, 20, true),
                planned(SALT, 0.1, false)), new PlanTotals(0, 0, 0, 0, 0), true);
        PlanPrescription rx = new PlanPrescription(640, 4, 64, 9.6, 6.4, CarbConvention.NET, 0, 800, List.of(),
                List.of(), Map.of());
        PlanDay day = DayTotals.day(LocalDate.of(2026, 12, 1), List.of(meal),
                Map.of("01053", CREAM, "01125", YOLK, "02047", SALT), rx, 9);
        // fat 0.4 x 37 + 0.2 x 26.54 = 14.8 + 5.308 = 20.108; protein 0.82 + 3.172 = 3.992;
        // carbohydrate 1.116 + 0.718 = 1.834; kcal 9 x 20.108 + 4 x 3.992 + 4 x 1.834 = 180.972 + 23.304 = 204.276
        assertEquals(20.108, day.totals().fatG(), 1e-9);
        assertEquals(3.992, day.totals().proteinG(), 1e-9);
        assertEquals(1.834, day.totals().carbG(), 1e-9);
        assertEquals(204.276, day.totals().kcal(), 1e-9);
        DayChecks c = day.checks();
        assertEquals(31.9, c.energyPct(), 1e-9);   // 204.276 / 640 = 31.92 %
        assertEquals(41.6, c.proteinPct(), 1e-9);  // 3.992 / 9.6 = 41.58 %
        assertEquals(33.5, c.fluidMl(), 1e-9);     // 0.4 x 57.71 + 0.2 x 52.31 = 23.084 + 10.462 = 33.546 ml
        assertEquals(800, c.fluidTargetMl());
        DayChecks.NutrientCheck calcium = check(c, "calcium_mg");
        assertEquals(51.8, calcium.amount(), 1e-9);  // 0.4 x 65 + 0.2 x 129 = 26 + 25.8 = 51.8 mg
        assertEquals(260, calcium.reference());      // DRI 7-12 mo
        assertEquals(19.9, calcium.pct(), 1e-9);     // 51.8 / 260 = 19.92 %
        // the salt states no calcium: below 100 % with a value missing is "unknown", never "needs supplement"
        assertFalse(calcium.needsSupplement());
        assertTrue(calcium.unknown());
        assertEquals(List.of("02047"), calcium.unknownIn());
        DayChecks.NutrientCheck vitD = check(c, "vitamin_d_ug");
        assertEquals(1.48, vitD.amount(), 1e-9);     // 0.4 x 1.0 + 0.2 x 5.4 = 0.4 + 1.08 = 1.48 ug of 10
        assertEquals(14.8, vitD.pct(), 1e-9);
        DayChecks.NutrientCheck sodium = check(c, "sodium_mg");
        assertEquals(38.758, sodium.amount(), 1e-9); // the uncounted salt still counts here: 0.001 x 38758
        assertEquals(List.of("01053", "01125"), sodium.unknownIn());
        DayChecks.NutrientCheck vitC = check(c, "vitamin_c_mg");
        assertEquals(0.24, vitC.amount(), 1e-9);     // cream only: 0.4 x 0.6; the yolk has no value: counted as 0
        assertEquals(List.of("01125", "02047"), vitC.unknownIn());
        assertEquals(14, c.micronutrients().size());
        assertFalse(DayTotals.needsSupplement(c).contains("calcium"));
        // without the salt every food states calcium: 51.8 mg is 19.9 % of 260, which needs a supplement
        PlannedMeal plain = new PlannedMeal("breakfast", "07:00", null, "test", List.of(),
                new PlanTotals(300, 20, 4, 2, 3.33), List.of(planned(CREAM, 40, true), planned(YOLK, 20, true)),
                new PlanTotals(0, 0, 0, 0, 0), true);
        DayChecks known = DayTotals.day(LocalDate.of(2026, 12, 1), List.of(plain), Map.of("01053", CREAM, "01125",
                YOLK), rx, 9).checks();
        assertTrue(check(known, "calcium_mg").needsSupplement());
        assertFalse(check(known, "calcium_mg").unknown());
        assertTrue(DayTotals.needsSupplement(known).contains("calcium"));
        assertTrue(check(known, "vitamin_c_mg").unknown()); // the yolk states no vitamin C
    }

    private static DayChecks.NutrientCheck check(DayChecks c, String key) {
        return c.micronutrients().stream().filter(n -> n.nutrient().equals(key)).findFirst().orElseThrow();
    }
}
