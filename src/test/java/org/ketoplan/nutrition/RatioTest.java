package org.ketoplan.nutrition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void dietaryUnitsFollowNineRPlusFour() {
        // clinical.md: kcal per unit = 9R + 4: 2:1 = 22, 3:1 = 31, 4:1 = 40, 5:1 = 49
        assertEquals(22, Ratio.kcalPerUnit(2), 1e-12);
        assertEquals(31, Ratio.kcalPerUnit(3), 1e-12);
        assertEquals(40, Ratio.kcalPerUnit(4), 1e-12);
        assertEquals(49, Ratio.kcalPerUnit(5), 1e-12);
        // 1000 kcal at 4:1 = 1000 / 40 = 25 units
        assertEquals(25, Ratio.units(1000, 4), 1e-12);
    }

    @Test
    void classicRatioIsFatOverProteinPlusCarbohydrate() {
        // 100 g fat / (15 g protein + 10 g carbohydrate) = 100 / 25 = 4
        assertEquals(4.0, Ratio.classic(100, 15, 10), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, Ratio.classic(10, 0, 0));
        assertEquals(0.0, Ratio.classic(0, 0, 0));
    }

    @Test
    void woodyattRatioMatchesTheFormula() {
        // (0.9*100 + 0.46*15) / (10 + 0.58*15 + 0.1*100) = (90 + 6.9) / (10 + 8.7 + 10) = 96.9 / 28.7 = 3.3763
        assertEquals(96.9 / 28.7, Ratio.woodyatt(100, 15, 10), 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"4, 4", "4:1, 4", "3.5:1, 3.5", "7:2, 3.5", " 3 , 3", "0.5, 0.5", "6:1, 6"})
    void parsesNumbersAndColonNotation(String text, double expected) {
        assertEquals(expected, Ratio.parse(text), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "0:1", "4:0", "abc", "", "3,5", "-4", "NaN"})
    void rejectsWhatIsNotARatio(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ratio.parse(text));
        assertTrue(e.getMessage().contains("ratio") || e.getMessage().contains("decimal comma"), e.getMessage());
    }

    @Test
    void formatsAsPeopleWriteIt() {
        assertEquals("4:1", Ratio.format(4.0));
        assertEquals("3.5:1", Ratio.format(3.5));
        assertEquals("2.75:1", Ratio.format(2.75));
        assertEquals("89.13:1", Ratio.format(81.11 / 0.91));
    }
}
