package org.ketoplan.prescription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.Nutrient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeDefaultsTest {
    @ParameterizedTest(name = "{0} months -> {1} kcal/kg/d")
    @CsvSource({"12, 75", "17, 75", "18, 70", "35, 70", "36, 70", "47, 70", "48, 65", "83, 65",
        "84, 60", "107, 60", "108, 55", "131, 55", "132, 40", "179, 40"})
    void compassTableByCompletedMonthsAndYears(int months, double kcalPerKg) {
        assertEquals(kcalPerKg, EnergyDefaults.ketoKcalPerKg(months).value());
    }

    @ParameterizedTest(name = "{0} months -> {1} kJ/kg/d")
    @CsvSource({
        "0, 460",       // Butte 2005, 1 month: (473 boys + 447 girls) / 2; no value under 1 month
        "1, 460",
        "2, 435.8",     // 460 + (339 - 460) x 1/5 = 460 - 24.2
        "3, 411.6",     // 460 - 2 x 24.2
        "5, 363.2",     // 460 - 4 x 24.2
        "6, 339",       // 6 months: (337 + 341) / 2
        "11, 339",      // "thereafter tended to plateau"
    })
    void infantsUnderTwelveMonthsFromButte2005(int months, double kj) {
        assertEquals(kj / 4.184, EnergyDefaults.ketoKcalPerKg(months).value(), 1e-9);
        assertTrue(EnergyDefaults.ketoKcalPerKg(months).source().contains("doi:10.1079/PHN2005790"));
    }

    @Test
    void twoMonthOldAgainstTheSourcesFigure() {
        // Butte 2005 (abstract): 473 kJ/kg/d boys, 447 girls at 1 month; 337 boys, 341 girls at 6 months.
        // Mean 460 and 339; at 2 months on the straight line: 460 + (339 - 460) x (2 - 1)/(6 - 1) = 435.8 kJ/kg/d;
        // / 4.184 = 104.159 kcal/kg/d; a 5 kg 2-month-old: 520.79 kcal a day.
        assertEquals(104.159, EnergyDefaults.ketoKcalPerKg(2).value(), 0.0005);
        assertEquals(520.79, EnergyDefaults.ketoKcal(2, 5).value(), 0.005);
        // within the source's own figures: between its 1-month mean (109.94) and 6-month mean (81.02 kcal/kg/d)
        assertTrue(EnergyDefaults.ketoKcalPerKg(2).source().contains("435.8 kJ/kg/d"));
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
        assertTrue(e.getMessage().contains("give kcal or kcal_per_kg"), e.getMessage());
        assertEquals(List.of("kcal", "kcal_per_kg"), e.fieldsReferred());
    }

    @Test
    void ketoKcalIsPerKgTimesWeight() {
        // 9 months: 339 kJ / 4.184 = 81.023 kcal/kg x 8 kg = 648.18; 15 months: 75 kcal/kg x 10 kg = 750.
        assertEquals(648.184, EnergyDefaults.ketoKcal(9, 8).value(), 0.0005);
        assertEquals(750, EnergyDefaults.ketoKcal(15, 10).value(), 1e-9);
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
