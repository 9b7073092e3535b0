package org.ketoplan.prescription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.Nutrient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeDefaultsTest {
    @ParameterizedTest(name = "{0} months -> {1} kcal/kg/d")
    @CsvSource({"0, 80", "11, 80", "12, 75", "17, 75", "18, 70", "35, 70", "36, 70", "47, 70", "48, 65", "83, 65",
        "84, 60", "107, 60", "108, 55", "131, 55", "132, 40", "179, 40"})
    void compassTableByCompletedMonthsAndYears(int months, double kcalPerKg) {
        assertEquals(kcalPerKg, EnergyDefaults.ketoKcalPerKg(months).value());
    }

    @Test
    void threeYearOldsAndTheElevenToFourteenCeilingAreExplained() {
        assertTrue(EnergyDefaults.ketoKcalPerKg(40).source().contains("3-year-olds"));
        assertTrue(EnergyDefaults.ketoKcalPerKg(140).source().contains("<= 40"));
        assertTrue(EnergyDefaults.ketoKcalPerKg(140).source().contains("ceiling"));
    }

    @Test
    void fromFifteenYearsTheTableHasNoRowAndKcalIsAskedFor() {
        BadInputException e = assertThrows(BadInputException.class, () -> EnergyDefaults.ketoKcalPerKg(180));
        assertTrue(e.getMessage().contains("--kcal"), e.getMessage());
    }

    @Test
    void ketoKcalIsPerKgTimesWeight() {
        // 9 months: 80 kcal/kg x 8 kg = 640.
        assertEquals(640, EnergyDefaults.ketoKcal(9, 8).value(), 1e-9);
    }

    @ParameterizedTest(name = "{0} months, {1} kg -> {2} kcal")
    @CsvSource({
        "3, 6, 609",     // 89 x 6 - 100 + 175
        "6, 7, 579",     // 89 x 7 - 100 + 56
        "9, 8, 634",     // 89 x 8 - 100 + 22
        "24, 12, 988",   // 89 x 12 - 100 + 20
    })
    void eerEquationsByAge(int months, double kg, double kcal) {
        assertEquals(kcal, EnergyDefaults.eer(months, kg).value(), 1e-9);
    }

    @Test
    void eerStopsAtThirtyFiveMonths() {
        assertThrows(BadInputException.class, () -> EnergyDefaults.eer(36, 14));
    }

    @ParameterizedTest(name = "{0} kg -> {1} ml")
    @CsvSource({
        "3.5, 350",   // 100 x 3.5
        "10, 1000",   // 100 x 10
        "15, 1250",   // 1000 + 50 x 5
        "25, 1600",   // 1000 + 500 + 20 x 5
    })
    void hollidaySegarFluid(double kg, double ml) {
        assertEquals(ml, Fluid.hollidaySegarMl(kg), 1e-9);
    }

    @ParameterizedTest(name = "{0} months -> {1} g/kg/d")
    @CsvSource({"0, 1.52", "5, 1.52", "6, 1.2", "11, 1.2", "12, 1.05", "47, 1.05", "48, 0.95", "107, 0.95",
        "108, 0.95", "167, 0.95", "168, 0.85", "227, 0.85", "228, 0.80"})
    void proteinReferenceByAge(int months, double gPerKg) {
        assertEquals(gPerKg, ProteinReference.gPerKg(months).value(), 1e-12);
    }

    @Test
    void referenceIntakesFollowTheDriTableInNutrientUnits() {
        Map<Nutrient, Double> young = ReferenceIntakes.forAgeMonths(3);
        assertEquals(200, young.get(Nutrient.CALCIUM));
        assertEquals(0.27, young.get(Nutrient.IRON));
        assertEquals(400, young.get(Nutrient.VITAMIN_A));
        Map<Nutrient, Double> infant = ReferenceIntakes.forAgeMonths(9);
        assertEquals(260, infant.get(Nutrient.CALCIUM));
        assertEquals(10, infant.get(Nutrient.VITAMIN_D));
        assertEquals(500, infant.get(Nutrient.VITAMIN_A));
        assertEquals(80, infant.get(Nutrient.FOLATE));
        Map<Nutrient, Double> toddler = ReferenceIntakes.forAgeMonths(24);
        assertEquals(2000, toddler.get(Nutrient.POTASSIUM));
        assertEquals(15, toddler.get(Nutrient.VITAMIN_D));
        assertEquals(14, toddler.size());
        assertEquals("7-12 mo", ReferenceIntakes.band(9));
        assertTrue(ReferenceIntakes.notChecked(9).get(0).contains("iodine 130 ug/d"));
        assertTrue(ReferenceIntakes.forAgeMonths(48).isEmpty());
        assertTrue(ReferenceIntakes.notChecked(48).get(0).contains("none are checked"));
    }
}
