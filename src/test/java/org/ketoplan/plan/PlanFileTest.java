package org.ketoplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Per100;
import org.ketoplan.prescription.MealTarget;

class PlanFileTest {
    @TempDir
    Path dir;

    static Plan tinyPlan() {
        PlanFood butter = new PlanFood("01001", "Butter, salted", org.ketoplan.food.Basis.GRAM,
                Per100.of("fat_g", 81.11, "protein_g", 0.85, "carbohydrate_g", 0.06, "fibre_g", 0.0));
        // 10 g butter: fat 8.111, protein 0.085, carb 0.006; kcal 9*8.111 + 4*0.085 + 4*0.006 = 73.363
        PlannedFood food = new PlannedFood("01001", "Butter, salted", 10, org.ketoplan.food.Basis.GRAM, true, 8.111, 0.085, 0.006, 73.363);
        PlanTotals totals = new PlanTotals(73.363, 8.111, 0.085, 0.006, 8.111 / 0.091);
        // a butter-only meal for a 4:1 target of 73.4 kcal: in kcal, far outside the ratio band
        PlannedMeal meal = new PlannedMeal("breakfast", "07:00", null, "Butter", List.of("Melt."),
                new PlanTotals(73.4, 7.2, 0.9, 0.9, 4.0), List.of(food), totals, false);
        // 73.363 kcal of the prescription's 650 = 11.3 %
        PlanDay day = new PlanDay(LocalDate.of(2026, 12, 1), List.of(meal), totals,
                new DayChecks(11.3, 0.9, 1.6, 780, List.of()));
        return new Plan(Plan.FORMAT_VERSION, "v1", 42,
                new PlanPatient("Example Baby", LocalDate.of(2026, 3, 10), 8.7, 7.8, "Europe/London", List.of()),
                new PlanPrescription(650, 4, 65, 9.8, 6.45, CarbConvention.NET, 0, 780,
                        List.of(new PlanSlot("07:00", MealKind.MEAL,
                                new MealTarget("breakfast", 162.5, 4, 16.25, 2.45, 1.61, CarbConvention.NET))),
                        List.of(new PlanMedicine("levetiracetam syrup", 120, 2, List.of("08:00", "20:00"))),
                        Map.of("energy", "given")),
                new PlanTolerances(0.1, 0.05, 1), List.of(butter), List.of(day), List.of());
    }

    @Test
    void roundTripsWithSnakeCaseFields() throws Exception {
        Path file = dir.resolve("plan.json");
        PlanFile.write(file, tinyPlan(), false);
        String json = Files.readString(file);
        assertTrue(json.contains("\"food_data_version\" : \"v1\""), json);
        assertTrue(json.contains("\"carb_convention\" : \"net\""), json);
        assertTrue(json.contains("\"date\" : \"2026-12-01\""), json);
        assertEquals(tinyPlan(), PlanFile.read(file));
    }

    @Test
    void refusesToOverwriteWithoutForce() {
        Path file = dir.resolve("plan.json");
        PlanFile.write(file, tinyPlan(), false);
        BadInputException e = assertThrows(BadInputException.class, () -> PlanFile.write(file, tinyPlan(), false));
        // the domain names the field; the command line says it as its option
        assertEquals(file + ": already exists; use force to overwrite it", e.getMessage());
        assertEquals(file + ": already exists; use --force to overwrite it", e.render(f -> "--" + f));
        PlanFile.write(file, tinyPlan(), true);
    }

    @Test
    void brokenPlanIsNamedWithItsLine() throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, "{\n  \"format_version\": 1,\n  \"days\": [ {\"date\": \"2026-13-01\"} ]\n}\n");
        BadInputException e = assertThrows(BadInputException.class, () -> PlanFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ":3: days[0].date: "), e.getMessage());
    }

    @Test
    void jsonSyntaxErrorsSayWhereWithoutParserInternals() throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, "{\n  \"format_version\": 1,\n  \"days\": [ }\n");
        BadInputException e = assertThrows(BadInputException.class, () -> PlanFile.read(file));
        assertEquals(file + ":3: days: syntax: Unexpected close marker '}': expected ']'", e.getMessage());
    }

    @Test
    void aTruncatedFileSaysSoWithoutParserInternals() throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, "{\"format_version\": 1");
        BadInputException e = assertThrows(BadInputException.class, () -> PlanFile.read(file));
        assertEquals(file + ":1: syntax: Unexpected end-of-input: expected close marker for Object", e.getMessage());
    }

    @Test
    void otherFoodDataVersionIsNamed() {
        PlanFile.OtherFoodData e = assertThrows(PlanFile.OtherFoodData.class,
                () -> PlanFile.requireFoodDataVersion(Path.of("plan.json"), tinyPlan(), "v2"));
        // the domain states the fact; the command line adds which command shows the meals that changed
        assertEquals("plan.json: made with food data version 'v1', but this ketoplan has 'v2'", e.getMessage());
        assertEquals(Path.of("plan.json"), e.file());
    }
}
