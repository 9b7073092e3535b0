package org.ketoplan.nutrition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MacrosTest {

    @Test
    void netCarbohydrateIsTotalMinusFibreNeverBelowZero() {
        // KetoCal 4:1 per 100 g (clinical.md): total 8.2 - fibre 5.3 = 2.9 available
        Macros ketocal = new Macros(69.2, 14.4, 8.2, 5.3);
        assertEquals(2.9, ketocal.netCarbohydrateG(), 1e-9);
        assertEquals(0.0, new Macros(1, 1, 2, 3).netCarbohydrateG());
    }

    @Test
    void ketocalIsFourToOneOnlyOnNetCarbohydrate() {
        Macros ketocal = new Macros(69.2, 14.4, 8.2, 5.3);
        // net: 69.2 / (14.4 + 2.9) = 69.2 / 17.3 = 4.0
        assertEquals(4.0, ketocal.ratio(CarbConvention.NET), 1e-9);
        // total: 69.2 / (14.4 + 8.2) = 69.2 / 22.6 = 3.062
        assertEquals(69.2 / 22.6, ketocal.ratio(CarbConvention.TOTAL), 1e-9);
        // kcal (9/4/4, net): 69.2*9 + 14.4*4 + 2.9*4 = 622.8 + 57.6 + 11.6 = 692.0
        assertEquals(692.0, ketocal.kcal(CarbConvention.NET), 1e-9);
    }

    @Test
    void sumsAndScales() {
        Macros a = new Macros(10, 2, 1, 0.5);
        Macros b = a.plus(a).times(0.5);
        assertEquals(a, b);
    }

    @Test
    void rejectsNegativeAndNotANumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Macros(-1, 0, 0, 0));
        assertTrue(e.getMessage().contains("fat_g"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Macros(0, Double.NaN, 0, 0));
        assertTrue(e.getMessage().contains("protein_g"), e.getMessage());
    }

    @Test
    void nutrientsRejectMacrosOverOneHundredGrams() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Nutrients.builder()
                .set(Nutrient.FAT, 60).set(Nutrient.PROTEIN, 30).set(Nutrient.CARBOHYDRATE, 20).build());
        assertTrue(e.getMessage().contains("over 100 g"), e.getMessage());
    }

    @Test
    void unknownNutrientIsNotZero() {
        Nutrients n = Nutrients.builder().set(Nutrient.FAT, 10).build();
        assertTrue(n.amount(Nutrient.CALCIUM).isEmpty());
        assertEquals(0.0, n.orZero(Nutrient.CALCIUM));
        // stated energy missing: 9/4/4 on what is known: 10 g fat = 90 kcal
        assertEquals(90.0, n.kcal(), 1e-12);
    }

    @Test
    void decimalCommaIsRejectedWithAMessageThatSaysSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Numbers.parse("12,5", "--fat"));
        assertEquals("--fat: '12,5' uses a decimal comma; write 12.5 with a decimal point", e.getMessage());
        assertEquals(12.5, Numbers.parse("12.5", "--fat"));
    }
    @Test
    void knownAmountsByKeyInNutrientOrder() {
        Nutrients n = Nutrients.builder().set(Nutrient.WATER, 57.71).set(Nutrient.FAT, 37).set(Nutrient.ENERGY, 340)
                .build();
        assertEquals(java.util.List.of("kcal", "fat_g", "water_g"), java.util.List.copyOf(n.byKey().keySet()));
        assertEquals(37.0, n.byKey().get("fat_g"), 0);
        assertEquals(java.util.Map.of(), Nutrients.builder().build().byKey());
    }
}
