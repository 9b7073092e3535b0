package org.ketoplan.prescription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketoplan.common.BadInputException;

/**
 * Meal patterns by age, infant fluids, breast milk, dietary units rounded down and the initiation ramp, each from a
 * patient file. Energy and protein are given in the files so the figures do not hang on the age defaults.
 */
class MealPatternsTest {
    private static final LocalDate ON = LocalDate.of(2026, 12, 1);
    private static final double EPS = 1e-9;

    private static Patient patient(String yaml) {
        return PatientFile.read("patient.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static DailyPrescription prescribe(String yaml) {
        return Prescriber.prescribe(patient(yaml), ON);
    }

    @Test
    void aThreeMonthOldIsGivenSixFeedsAndHerFluidAsFeedsAtOneHundredAndFiftyMlPerKg() {
        // 480 kcal at 3:1 in six equal feeds: 80 kcal each. Fluid 150 ml/kg x 6 kg = 900 ml of feed (BNFC).
        DailyPrescription p = prescribe("""
                age_months: 3
                weight_kg: 6
                prescription: {kcal: 480, ratio: 3, protein_g: 7.2}
                """);
        assertEquals(MealPattern.FEEDS, p.pattern());
        assertEquals(List.of("feed 1", "feed 2", "feed 3", "feed 4", "feed 5", "feed 6"), p.feeds());
        for (MealTarget m : p.meals()) {
            assertEquals(80, m.kcal(), EPS);
        }
        assertEquals(900, p.fluidMl(), EPS);
        assertEquals(Fluid.Basis.FEEDS, p.fluidBasis());
        assertTrue(p.sources().get("meal_pattern").startsWith("default: feeds only under 6 months"),
                p.sources().get("meal_pattern"));
        assertTrue(p.sources().get("fluid").contains("BNF for Children 2011-2012, section 9.4.2"),
                p.sources().get("fluid"));
    }

    @Test
    void aNineMonthOldIsGivenFourFeedsAndThreeMealsAndEightHundredMlOfWater() {
        // 640 kcal: feeds 12.5 % each = 80 kcal, meals one sixth each = 106.67 kcal; 4 x 80 + 3 x 106.67 = 640.
        // Fluid: total water 800 ml a day at 7-12 months (IOM 2005).
        DailyPrescription p = prescribe("""
                age_months: 9
                weight_kg: 8
                prescription: {kcal: 640, ratio: 4, protein_g: 9.6}
                """);
        assertEquals(MealPattern.FEEDS_AND_MEALS, p.pattern());
        assertEquals(List.of("morning feed", "mid-morning feed", "afternoon feed", "bedtime feed"), p.feeds());
        assertEquals(80, p.slot("morning feed").kcal(), EPS);
        assertEquals(640.0 / 6, p.slot("lunch").kcal(), EPS);
        assertEquals(640, p.day().kcal(), EPS);
        assertEquals(800, p.fluidMl(), EPS);
        assertEquals(Fluid.Basis.WATER, p.fluidBasis());
    }

    @Test
    void aTwoYearOldIsGivenFourMealsAndHollidaySegarFluid() {
        // 840 kcal in four meals of 210 kcal; 12 kg: 100 x 10 + 50 x 2 = 1100 ml
        DailyPrescription p = prescribe("""
                age_months: 24
                weight_kg: 12
                prescription: {kcal: 840, ratio: 3, protein_g: 12.6}
                """);
        assertEquals(MealPattern.MEALS, p.pattern());
        assertEquals(List.of(), p.feeds());
        assertEquals(List.of("breakfast", "lunch", "tea", "supper"), p.meals().stream().map(MealTarget::name).toList());
        assertEquals(210, p.slot("tea").kcal(), EPS);
        assertEquals(1100, p.fluidMl(), EPS);
    }

    @Test
    void thePatientFileSetsThePatternAndWhichMealsAreFeeds() {
        DailyPrescription feedsOnly = prescribe("""
                age_months: 7
                weight_kg: 8
                prescription: {kcal: 640, ratio: 3, pattern: feeds}
                """);
        assertEquals(6, feedsOnly.feeds().size());
        assertTrue(feedsOnly.sources().get("meal_pattern").startsWith("given: feeds"));
        DailyPrescription named = prescribe("""
                age_months: 14
                weight_kg: 10
                prescription:
                  kcal: 800
                  ratio: 3
                  meals: [{name: breakfast}, {name: lunch}, {name: bedtime, kind: feed}]
                """);
        assertEquals(List.of("bedtime"), named.feeds());
        BadInputException e = assertThrows(BadInputException.class, () -> prescribe("""
                age_months: 14
                weight_kg: 10
                prescription:
                  ratio: 3
                  meals: [{name: breakfast, kind: drink}]
                """));
        assertEquals("patient.yaml:5: prescription.meals[0].kind: 'drink' is not a kind of meal: give feed or meal",
                e.getMessage());
    }

    @Test
    void unitsRoundedDownReproduceThePublishedTwelveHundredKcalExample() {
        // ISRN Pediatrics 2012, 263139, Table 2: 18 kg x 68 kcal/kg = 1224 kcal at 3:1; 1224 / 31 = 39.48 -> 39
        // units; fat 3 x 39 = 117 g; protein 1 g/kg = 18 g; carbohydrate 39 - 18 = 21 g; 39 x 31 = 1209 kcal.
        // Three meals: fat 39, protein 6, carbohydrate 7 g.
        String file = """
                age_months: 60
                weight_kg: 18
                prescription:
                  kcal: 1224
                  ratio: 3
                  protein_g: 18
                  units_rounding: %s
                  meals: [{name: breakfast}, {name: lunch}, {name: dinner}]
                """;
        DailyPrescription down = prescribe(file.formatted("down"));
        assertEquals(39, down.day().units(), EPS);
        assertEquals(117, down.day().fatG(), EPS);
        assertEquals(21, down.day().carbG(), EPS);
        assertEquals(1209, down.day().kcal(), EPS);
        assertEquals(39, down.slot("lunch").fatG(), EPS);
        assertEquals(6, down.slot("lunch").proteinG(), EPS);
        assertEquals(7, down.slot("lunch").carbG(), EPS);
        assertTrue(down.sources().get("units_rounding").endsWith("39.48 -> 39 units, 1224 -> 1209 kcal"),
                down.sources().get("units_rounding"));
        // as calculated: 1224 / 31 = 39.484 units, fat 118.452 g, carbohydrate 21.484 g
        DailyPrescription none = prescribe(file.formatted("none"));
        assertEquals(118.452, none.day().fatG(), 1e-3);
        assertEquals(21.484, none.day().carbG(), 1e-3);
    }

    @Test
    void breastfeedsCountTowardsTheDayAndTheFeedsAreComposedAroundThem() {
        // 480 kcal at 3:1 with 7.2 g protein: units 15.484, fat 46.452, carbohydrate 8.284 g.
        // Two breastfeeds of about 45 ml: 90 ml of breast milk = fat 3.15, protein 0.81, carbohydrate 6.03 g.
        // Left for six feeds: fat 43.302, protein 6.39, carbohydrate 2.254 g; each feed one sixth: fat 7.217,
        // protein 1.065, carbohydrate 0.3757 g, ratio 43.302 / 8.644 = 5.01. The day with the breast milk is the
        // prescription again.
        DailyPrescription p = prescribe("""
                age_months: 3
                weight_kg: 6
                prescription:
                  kcal: 480
                  ratio: 3
                  protein_g: 7.2
                  breast_milk:
                    breastfeeds: [{time: "05:00", ml: 45}, {time: "22:00", ml: 45}]
                """);
        MealTarget feed = p.slot("feed 1");
        assertEquals(7.217, feed.fatG(), 1e-3);
        assertEquals(1.065, feed.proteinG(), 1e-3);
        assertEquals(0.3757, feed.carbG(), 1e-4);
        assertEquals(5.01, feed.ratio(), 1e-2);
        assertEquals(46.452, p.day().fatG(), 1e-3);
        assertEquals(7.2, p.day().proteinG(), 1e-9);
        assertEquals(8.284, p.day().carbG(), 1e-3);
        assertEquals(List.of("breastfeed 1", "breastfeed 2"),
                p.breastfeeds().stream().map(BreastMilk.Breastfeed::name).toList());
        // 150 ml bring 10.05 g carbohydrate, more than the day's 8.284 g: at most 8.284 / 0.067 = 123.6 ml
        BadInputException e = assertThrows(BadInputException.class, () -> prescribe("""
                age_months: 3
                weight_kg: 6
                prescription:
                  kcal: 480
                  ratio: 3
                  protein_g: 7.2
                  breast_milk: {breastfeeds: [{ml: 150}]}
                """));
        assertEquals("breast_milk.breastfeeds: 150 ml a day of breast milk bring 10.1 g carbohydrate, more than the "
                + "day's 8.3 g at 3:1 leave for it; estimate at most 124 ml, or lower the ratio", e.getMessage());
    }

    @Test
    void expressedMilkNeedsAFeedToBeGivenIn() {
        BadInputException e = assertThrows(BadInputException.class, () -> prescribe("""
                age_months: 24
                weight_kg: 12
                prescription:
                  ratio: 3
                  breast_milk: {expressed_ml: 100}
                """));
        assertTrue(e.getMessage().startsWith("breast_milk.expressed_ml: the day has no feeds"), e.getMessage());
        assertEquals(100, prescribe("""
                age_months: 4
                weight_kg: 6.5
                prescription: {ratio: 3, breast_milk: {expressed_ml: 100}}
                """).expressedMilkMl(), EPS);
    }

    @Test
    void theRampIsReadFromThePatientFileAndChecked() {
        Patient p = patient("""
                age_months: 9
                weight_kg: 8
                prescription:
                  ratio: 4
                  ramp: {steps: [1, "2:1", 3], days_per_step: 2}
                """);
        assertEquals(List.of(1.0, 2.0, 3.0), p.prescription().ramp().steps());
        assertEquals(2, p.prescription().ramp().daysPerStep());
        assertEquals(6, p.prescription().ramp().days());
        BadInputException falling = assertThrows(BadInputException.class, () -> patient("""
                age_months: 9
                weight_kg: 8
                prescription:
                  ratio: 4
                  ramp: {steps: [3, 2]}
                """));
        assertEquals("patient.yaml:5: prescription.ramp.steps: the ratios must rise: 3:1 is followed by 2:1",
                falling.getMessage());
        BadInputException above = assertThrows(BadInputException.class, () -> patient("""
                age_months: 9
                weight_kg: 8
                prescription:
                  ratio: 3
                  ramp: {steps: [2, 4]}
                """));
        assertEquals("patient.yaml:5: prescription.ramp: step 4:1 is above the prescribed ratio 3:1; the ramp leads "
                + "up to it", above.getMessage());
    }
}
