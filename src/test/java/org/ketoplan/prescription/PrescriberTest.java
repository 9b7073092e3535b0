package org.ketoplan.prescription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.CarbConvention;
import org.junit.jupiter.api.Test;

class PrescriberTest {
    private static final LocalDate ON = LocalDate.of(2026, 11, 22);
    private static final double EPS = 1e-9;

    private static PrescriptionSettings settings(Double kcal, double ratio, Double protein, List<MealSlot> meals,
                                                 List<Snack> snacks) {
        return new PrescriptionSettings(kcal, null, null, ratio, protein, null, null, null, meals, snacks);
    }

    private static Patient child(int months, double kg, PrescriptionSettings s, List<Medicine> meds) {
        return new Patient("test", null, months, kg, s, meds, List.of(), null);
    }

    private static DailyPrescription thousandAtFourToOne(List<MealSlot> meals, List<Snack> snacks,
                                                         List<Medicine> meds) {
        return Prescriber.prescribe(child(9, 8, settings(1000.0, 4, 15.0, meals, snacks), meds), ON);
    }

    @Test
    void thousandKcalAtFourToOneWithFifteenGramsProteinInFourEqualMeals() {
        // units = 1000 / (9 x 4 + 4) = 25; fat = 4 x 25 = 100; carb = 25 - 15 = 10.
        // Each of 4 meals: 250 kcal, 6.25 units, fat 25, protein 3.75, carb 2.5.
        DailyPrescription p = thousandAtFourToOne(MealSlot.equal(4), List.of(), List.of());
        MealTarget day = p.day();
        assertEquals(1000, day.kcal(), EPS);
        assertEquals(4, day.ratio(), EPS);
        assertEquals(25, day.units(), EPS);
        assertEquals(100, day.fatG(), EPS);
        assertEquals(15, day.proteinG(), EPS);
        assertEquals(10, day.carbG(), EPS);
        assertEquals(4, p.meals().size());
        for (MealTarget m : p.meals()) {
            assertEquals(250, m.kcal(), EPS);
            assertEquals(25, m.fatG(), EPS);
            assertEquals(3.75, m.proteinG(), EPS);
            assertEquals(2.5, m.carbG(), EPS);
            assertEquals(4, m.ratio(), EPS);
        }
        assertEquals(CarbConvention.NET, p.carbs());
        assertTrue(p.warnings().isEmpty(), p.warnings().toString());
    }

    @Test
    void mealsSplitTheDayByTheirShares() {
        // Shares 25/25/30/20 of 1000 kcal at 4:1 (40 kcal a unit), protein 15 g by the same shares:
        // kcal 250/250/300/200; units 6.25/6.25/7.5/5; fat 25/25/30/20; protein 3.75/3.75/4.5/3; carb 2.5/2.5/3/2.
        List<MealSlot> meals = List.of(MealSlot.parse("breakfast=25%@07:00"), MealSlot.parse("lunch=25%@12:00"),
                MealSlot.parse("tea=30%"), MealSlot.parse("supper=0.2"));
        DailyPrescription p = thousandAtFourToOne(meals, List.of(), List.of());
        double[] kcal = {250, 250, 300, 200};
        double[] fat = {25, 25, 30, 20};
        double[] protein = {3.75, 3.75, 4.5, 3};
        double[] carb = {2.5, 2.5, 3, 2};
        for (int i = 0; i < 4; i++) {
            MealTarget m = p.meals().get(i);
            assertEquals(kcal[i], m.kcal(), EPS, m.name());
            assertEquals(fat[i], m.fatG(), EPS, m.name());
            assertEquals(protein[i], m.proteinG(), EPS, m.name());
            assertEquals(carb[i], m.carbG(), EPS, m.name());
        }
        assertEquals(LocalTime.of(7, 0), p.time("Breakfast").orElseThrow());
        assertTrue(p.time("tea").isEmpty());
    }

    @Test
    void snacksAreTakenOutOfTheDayBeforeTheMealsAreSplit() {
        // Snack 100 kcal at 1.5:1 with protein at the day's density 15 x 100/1000 = 1.5 g:
        //   units 100 / (9 x 1.5 + 4) = 100/17.5 = 5.7142857; fat 1.5 x 5.7142857 = 8.5714286; carb 4.2142857.
        // Meals share 900 kcal and 13.5 g protein: each 225 kcal, 225/40 = 5.625 units, fat 22.5,
        //   protein 3.375, carb 2.25, ratio 4:1.
        // Day: fat 98.5714286, protein 15, carb 13.2142857, kcal 1000, ratio 98.5714/28.2143 = 3.4937.
        DailyPrescription p = thousandAtFourToOne(MealSlot.equal(4), List.of(Snack.parse("100kcal@1.5", "snack 1")),
                List.of());
        MealTarget snack = p.slot("snack 1");
        assertEquals(100, snack.kcal(), EPS);
        assertEquals(1.5, snack.proteinG(), EPS);
        assertEquals(8.5714286, snack.fatG(), 1e-6);
        assertEquals(4.2142857, snack.carbG(), 1e-6);
        for (MealTarget m : p.meals()) {
            assertEquals(225, m.kcal(), EPS);
            assertEquals(22.5, m.fatG(), EPS);
            assertEquals(3.375, m.proteinG(), EPS);
            assertEquals(2.25, m.carbG(), EPS);
            assertEquals(4, m.ratio(), EPS);
        }
        assertEquals(1000, p.day().kcal(), 1e-6);
        assertEquals(15, p.day().proteinG(), 1e-9);
        assertEquals(3.4937, p.day().ratio(), 1e-4);
        assertTrue(p.warnings().get(0).contains("3.49:1"), p.warnings().toString());
    }

    @Test
    void medicinesReduceTheFoodCarbohydrate() {
        // 2 doses x 120 mg = 0.24 g a day. The day's 10 g allowance keeps (10 - 0.24)/10 = 0.976 of itself:
        // each meal's 2.5 g becomes 2.44 g; the day 9.76 g; day kcal 900 + 60 + 4 x 9.76 = 999.04.
        DailyPrescription p = thousandAtFourToOne(MealSlot.equal(4), List.of(),
                List.of(Medicine.parse("keppra=120mg*2@08:00,20:00")));
        assertEquals(0.24, p.medicineCarbG(), EPS);
        assertEquals(9.76, p.day().carbG(), 1e-9);
        assertEquals(999.04, p.day().kcal(), 1e-9);
        for (MealTarget m : p.meals()) {
            assertEquals(2.44, m.carbG(), 1e-9);
            assertEquals(25, m.fatG(), EPS);
            assertEquals(25 / 6.19, m.ratio(), 1e-9);
        }
        assertTrue(p.warnings().isEmpty(), p.warnings().toString());
    }

    @Test
    void medicinesUsingTheWholeAllowanceLeaveNoCarbohydrateAndWarn() {
        // 2500 mg x 4 = 10 g: the whole 10 g allowance.
        DailyPrescription all = thousandAtFourToOne(MealSlot.equal(4), List.of(),
                List.of(Medicine.parse("syrup=2500mg*4")));
        assertEquals(0, all.day().carbG(), EPS);
        assertTrue(all.warnings().get(0).contains("all of the day's allowance of 10.00 g"), all.warnings().get(0));
        assertTrue(all.warnings().get(0).contains("no carbohydrate is left for food"));
        // 6 g x 2 = 12 g: 2 g more than the allowance.
        DailyPrescription over = thousandAtFourToOne(List.of(), List.of(), List.of(Medicine.parse("syrup=6g*2")));
        assertEquals(0, over.day().carbG(), EPS);
        assertTrue(over.warnings().get(0).contains("more than the day's allowance"), over.warnings().get(0));
        assertTrue(over.warnings().get(0).contains("2.00 g over"), over.warnings().get(0));
    }

    @Test
    void defaultEnergyComesFromTheAgeTableAndNamesIt() {
        // 9 months, 8 kg: Butte 2005, 339 kJ/kg/d / 4.184 = 81.023 x 8 = 648.18 kcal; protein default the larger of
        // 1.5 x 648.18/100 = 9.72 g and the RDA 1.2 g/kg x 8 = 9.6 g: 9.72 g.
        Patient p = child(9, 8, settings(null, 4, null, List.of(), List.of()), List.of());
        DailyPrescription d = Prescriber.prescribe(p, ON);
        assertEquals(339 / 4.184 * 8, d.day().kcal(), EPS);
        assertEquals(1.5 * 339 / 4.184 * 8 / 100, d.day().proteinG(), EPS);
        assertTrue(d.sources().get("energy").contains("Butte NF. Energy requirements of infants"));
        assertTrue(d.sources().get("protein").contains("doi:10.1177/0883073813508222"));
        assertTrue(d.sources().get("protein").contains(": 1.5 g/100 kcal"));
        // 3 months, 6 kg: 411.6 kJ / 4.184 = 98.375 kcal/kg x 6 = 590.25 kcal; 1.5 g/100 kcal = 8.85 g is below the
        // AI 1.52 g/kg x 6 = 9.12 g, so the default is 9.12 g (the reference intake)
        DailyPrescription young = Prescriber.prescribe(child(3, 6, settings(null, 3, null, List.of(), List.of()),
                List.of()), ON);
        assertEquals(590.25, young.day().kcal(), 0.005);
        assertEquals(9.12, young.day().proteinG(), EPS);
        assertTrue(young.sources().get("protein").contains(": the reference intake"), young.sources().toString());
        assertTrue(young.warnings().isEmpty(), young.warnings().toString());
        assertEquals(800, d.fluidMl(), EPS);
    }

    @Test
    void eerEnergyWhenAskedFor() {
        // 9 months, 8 kg: 89 x 8 - 100 + 22 = 634 kcal.
        PrescriptionSettings s = new PrescriptionSettings(null, null, EnergyBasis.EER, 3.0, null, null, null, null,
                null, null);
        DailyPrescription d = Prescriber.prescribe(child(9, 8, s, List.of()), ON);
        assertEquals(634, d.day().kcal(), EPS);
        assertTrue(d.sources().get("energy").contains("IOM"));
    }

    @Test
    void proteinBelowTheDriForTheAgeWarnsNamingTheReference() {
        // 9 months, 8 kg: 9 g = 1.125 g/kg < RDA 1.2 g/kg (9.6 g).
        DailyPrescription infant = Prescriber.prescribe(child(9, 8, settings(640.0, 3, 9.0, List.of(), List.of()),
                List.of()), ON);
        assertTrue(infant.warnings().stream().anyMatch(w -> w.contains("DRI 7-12 mo RDA 1.2 g/kg/d")
                && w.contains("1.13 g/kg/d")), infant.warnings().toString());
        // 3 months, 6 kg: 8.4 g = 1.4 g/kg < AI 1.52.
        DailyPrescription young = Prescriber.prescribe(child(3, 6, settings(600.0, 3, 8.4, List.of(), List.of()),
                List.of()), ON);
        assertTrue(young.warnings().stream().anyMatch(w -> w.contains("DRI 0-6 mo AI 1.52 g/kg/d")));
        // 24 months, 12 kg: 12 g = 1.0 g/kg < RDA 1.05; also 12 g / 900 kcal = 1.33 g/100 kcal < 1.5.
        DailyPrescription toddler = Prescriber.prescribe(child(24, 12, settings(900.0, 3, 12.0, List.of(),
                List.of()), List.of()), ON);
        assertTrue(toddler.warnings().stream().anyMatch(w -> w.contains("DRI 1-3 y RDA 1.05 g/kg/d")));
        assertTrue(toddler.warnings().stream().anyMatch(w -> w.contains("1.33 g/100 kcal")
                && w.contains("Nation 2014")));
        // 9 months, 8 kg, 9.6 g in 640 kcal: exactly 1.2 g/kg and 1.5 g/100 kcal: no warning.
        DailyPrescription enough = Prescriber.prescribe(child(9, 8, settings(640.0, 3, 9.6, List.of(), List.of()),
                List.of()), ON);
        assertTrue(enough.warnings().isEmpty(), enough.warnings().toString());
    }

    @Test
    void proteinBelowOnePointFivePerHundredKcalWarns() {
        // 14 g in 1000 kcal = 1.4 g/100 kcal; 14/8 = 1.75 g/kg is above the DRI, so only the density warns.
        DailyPrescription d = thousandAtFourToOneWithProtein(14.0);
        assertEquals(1, d.warnings().size(), d.warnings().toString());
        assertTrue(d.warnings().get(0).contains("1.40 g/100 kcal"));
        assertTrue(thousandAtFourToOneWithProtein(15.0).warnings().isEmpty());
    }

    private static DailyPrescription thousandAtFourToOneWithProtein(double protein) {
        return Prescriber.prescribe(child(9, 8, settings(1000.0, 4, protein, List.of(), List.of()), List.of()), ON);
    }

    @Test
    void rampGivesOneDayPerRatioAtTheSameEnergyAndProtein() {
        // 1000 kcal, 15 g protein. 1:1: units 1000/13 = 76.923, fat 76.923, carb 61.923.
        // 2:1: units 1000/22 = 45.455, fat 90.909, carb 30.455. 3:1: 1000/31 = 32.258, fat 96.774, carb 17.258.
        // 4:1: 25, fat 100, carb 10.
        List<DailyPrescription> steps = Prescriber.ramp(child(9, 8, settings(1000.0, 4, 15.0, MealSlot.equal(2),
                List.of()), List.of()), ON, List.of(1.0, 2.0, 3.0, 4.0));
        double[] fat = {1000.0 / 13, 2000.0 / 22, 3000.0 / 31, 100};
        double[] carb = {1000.0 / 13 - 15, 1000.0 / 22 - 15, 1000.0 / 31 - 15, 10};
        assertEquals(4, steps.size());
        for (int i = 0; i < 4; i++) {
            DailyPrescription d = steps.get(i);
            assertEquals(i + 1, d.prescribedRatio(), EPS);
            assertEquals(1000, d.day().kcal(), 1e-9);
            assertEquals(15, d.day().proteinG(), 1e-9);
            assertEquals(fat[i], d.day().fatG(), 1e-9);
            assertEquals(carb[i], d.day().carbG(), 1e-9);
            assertEquals(fat[i] / 2, d.meals().get(0).fatG(), 1e-9);
        }
    }

    @Test
    void slotFindsMealsAndSnacksIgnoringCaseAndListsTheNamesOtherwise() {
        DailyPrescription p = thousandAtFourToOne(List.of(MealSlot.parse("Breakfast=50%"), MealSlot.parse("lunch=50%")),
                List.of(Snack.parse("tea=100kcal@2", "x")), List.of());
        assertEquals("Breakfast", p.slot("breakfast").name());
        assertEquals("tea", p.slot("TEA").name());
        BadInputException e = assertThrows(BadInputException.class, () -> p.slot("supper"));
        assertTrue(e.getMessage().contains("Breakfast, lunch, tea"), e.getMessage());
    }

    @Test
    void missingRatioTooMuchProteinAndSnacksTakingTheWholeDayAreRefused() {
        PrescriptionSettings noRatio = new PrescriptionSettings(1000.0, null, null, null, 15.0, null, null, null,
                null, null);
        assertTrue(assertThrows(BadInputException.class, () -> Prescriber.prescribe(child(9, 8, noRatio, List.of()),
                ON)).getMessage().startsWith("ratio: not given"));
        // 30 g protein but only 25 units at 1000 kcal 4:1.
        BadInputException tooMuch = assertThrows(BadInputException.class,
                () -> thousandAtFourToOneWithProtein(30.0));
        assertTrue(tooMuch.getMessage().contains("lower the protein or the ratio"), tooMuch.getMessage());
        assertThrows(BadInputException.class, () -> thousandAtFourToOne(MealSlot.equal(2),
                List.of(Snack.parse("1000kcal@1.5", "s")), List.of()));
    }

    @Test
    void settingsRejectZeroEnergyOrProteinAndTwoWaysOfGivingThem() {
        assertThrows(IllegalArgumentException.class, () -> settings(0.0, 4, 15.0, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> settings(1000.0, 4, 0.0, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new PrescriptionSettings(1000.0, 80.0, null, 4.0, null,
                null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PrescriptionSettings(null, null, null, 4.0, 15.0,
                1.5, null, null, null, null));
    }

    @Test
    void ageIsTakenFromTheDateOfBirthOnTheDay() {
        Patient p = new Patient("", LocalDate.of(2026, 3, 10), null, 8.0, settings(null, 3, null, List.of(),
                List.of()), List.of(), List.of(), null);
        assertEquals(8, Prescriber.prescribe(p, ON).ageMonths());
        assertEquals(0, p.ageMonthsOn(LocalDate.of(2026, 4, 9)));
        assertEquals(1, p.ageMonthsOn(LocalDate.of(2026, 4, 10)));
        assertThrows(BadInputException.class, () -> p.ageMonthsOn(LocalDate.of(2026, 3, 9)));
        assertFalse(Prescriber.prescribe(p, ON).referenceIntakes().isEmpty());
    }
}
