package org.ketoplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketoplan.food.Basis;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.nutrition.Per100;

class PlanFoodTest {
    // per 100 g: fat 10, protein 5, carbohydrate 8 of which fibre 3 (water is no macro)
    private final PlanFood food = new PlanFood("x", "test food", Basis.GRAM, Per100.of("fat_g", 10.0, "protein_g", 5.0,
            "carbohydrate_g", 8.0, "fibre_g", 3.0, "water_g", 70.0));

    @Test
    void perHundredCountsCarbohydrateAsThePlanDoes() {
        Macros m = food.macrosPer100();
        assertEquals(8.0, m.carbohydrate(CarbConvention.TOTAL), 1e-12);
        assertEquals(5.0, m.carbohydrate(CarbConvention.NET), 1e-12);       // 8 - 3
        assertEquals(130.0, m.kcal(CarbConvention.NET), 1e-12);             // 9 x 10 + 4 x 5 + 4 x 5
        assertEquals(142.0, m.kcal(CarbConvention.TOTAL), 1e-12);           // 9 x 10 + 4 x 5 + 4 x 8
    }

    @Test
    void aNutrientNotStoredCountsAsZero() {
        Macros m = new PlanFood("oil", "oil", Basis.GRAM, Per100.of("fat_g", 100.0)).macrosPer100();
        assertEquals(0.0, m.netCarbohydrateG(), 0);
        assertEquals(900.0, m.kcal(CarbConvention.NET), 1e-12);             // 9 x 100
    }

    @Test
    void anAmountScalesThePerHundred() {
        assertEquals(2.5, food.macros(50).carbohydrate(CarbConvention.NET), 1e-12); // 5 x 50 / 100
    }
}
