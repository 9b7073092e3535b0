package org.ketoplan.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ketoplan.cli.CliRun;
import org.ketoplan.cli.ExitCodes;
import org.ketoplan.common.Mappers;
import org.ketoplan.plan.PlanFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** {@code ketoplan adherence} through the CLI: text, JSON, bad rows, an empty diary. */
class AdherenceCliTest {
    @TempDir
    Path dir;

    private Path plan;
    private Path diary;

    @BeforeEach
    void writePlan() throws IOException {
        plan = dir.resolve("plan.json");
        PlanFile.write(plan, DiaryFixture.planWithBiscuit(), false);
        diary = dir.resolve("diary");
    }

    private CliRun adherence(String... more) {
        List<String> args = new ArrayList<>(List.of("adherence", "--plan", plan.toString(), "--diary",
                diary.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(new String[0]));
    }

    @Test
    void emptyDiarySaysNothingWasLoggedAndExitsZero() {
        CliRun r = adherence();
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("Nothing logged in this period"), r.out());
        JsonNode j = json(adherence("--format", "json").out());
        assertTrue(j.get("nothing_logged").asBoolean());
    }

    @Test
    void textReportHasWeeksDaysAndDefinitions() {
        DiaryFixture.writeDiary(diary);
        CliRun r = adherence();
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("Period: adherence 60.7 % (51 of 84 meals), logged 71.4 % (60 of 84)"), out);
        assertTrue(out.contains("responder weeks (>= 50 % fewer): 2, 3, 4"), out);
        assertTrue(out.contains("By week"), out);
        assertTrue(out.contains("By day"), out);
        assertTrue(out.contains("Definitions"), out);
        assertTrue(out.contains("Adherent meal: logged, eaten kcal 90-110 % of the meal's target, and eaten ratio at "
                + "least 95 % of its target ratio."), out);
        assertTrue(out.contains("not proof of cause"), out);
    }

    @Test
    void jsonFieldNames() {
        DiaryFixture.writeDiary(diary);
        CliRun r = adherence("--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode j = json(r.out());
        for (String field : List.of("period", "days", "weeks", "seizures", "ketones", "correlation", "definitions",
                "skipped", "from", "to", "carb_convention")) {
            assertTrue(j.has(field), field + " in " + r.out());
        }
        // 51 / 84 = 60.714 %, 60 / 84 = 71.429 % (rounded to 3 decimals)
        assertEquals(60.714, j.get("period").get("adherence_pct").asDouble());
        assertEquals(71.429, j.get("period").get("logged_pct").asDouble());
        assertEquals(28, j.get("days").size());
        JsonNode week2 = j.get("weeks").get(1);
        assertEquals(66.667, week2.get("summary").get("adherence_pct").asDouble());
        assertTrue(week2.get("summary").get("responder").asBoolean());
        assertEquals(100.0, j.get("days").get(0).get("adherence_pct").asDouble());
        assertTrue(j.get("days").get(22).get("kcal_pct").isNull());
        assertEquals(54.545, j.get("ketones").get("in_range_pct").asDouble());
        assertEquals(-0.197, j.get("correlation").get("spearman_rho").asDouble());
        assertEquals(22, j.get("correlation").get("days").asInt());
        assertEquals(6.0, j.get("seizures").get("baseline_per_day").asDouble());
        assertTrue(j.get("definitions").isArray());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            decimal comma | 2026-01-05,breakfast,oil,20,"12,5", | eaten_g: '12,5' uses a decimal comma; write 12.5 with a decimal point
            unknown meal  | 2026-01-05,brunch,oil,20,20,        | meal: 'brunch' is not a meal on 2026-01-05 (breakfast, lunch, dinner)
            outside plan  | 2026-03-01,breakfast,oil,20,20,     | date: 2026-03-01 is outside the plan (2026-01-05 to 2026-02-01)
            unknown food  | 2026-01-05,breakfast,cake,,20,      | food: 'cake' is not in the plan or the food database
            negative      | 2026-01-05,breakfast,oil,20,-5,     | eaten_g: '-5' is negative
            not a number  | 2026-01-05,breakfast,oil,20,lots,   | eaten_g: 'lots' is not a number
            bad date      | 5/1/2026,breakfast,oil,20,20,       | date: '5/1/2026' is not a date; write YYYY-MM-DD
            """)
    void badRowIsNamedWithFileAndLine(String what, String row, String message) throws IOException {
        // an id that is not in the plan is looked up in the shipped database
        Assumptions.assumeTrue(!what.equals("unknown food") || DiaryFixture.shippedDatabasePresent());
        Files.createDirectories(diary);
        Files.writeString(diary.resolve("meals.csv"), "date,meal,food,planned_g,eaten_g,note\n"
                + "2026-01-05,lunch,oil,20,20,\n" + row + "\n");
        CliRun strict = adherence();
        assertEquals(ExitCodes.BAD_INPUT, strict.code(), strict.out());
        String place = diary.resolve("meals.csv") + ":3: ";
        assertTrue(strict.err().startsWith("error: " + place + message), strict.err());
        assertTrue(strict.err().contains("--lenient"), strict.err());

        CliRun lenient = adherence("--lenient");
        assertEquals(ExitCodes.OK, lenient.code(), lenient.err());
        assertTrue(lenient.out().contains("Skipped 1 diary row (--lenient)"), lenient.out());
        assertTrue(lenient.out().contains("- " + place + message), lenient.out());
        // the valid row still counts: lunch of day 1 (oil only: 180 kcal = 72.6 %, not adherent) is logged
        assertTrue(lenient.out().contains("logged 100.0 % (1 of 1)") || lenient.out().contains("(1 of 3)"),
                lenient.out());
    }

    @Test
    void aBadRowCorrectedByALaterRowIsNotAProblem() throws IOException {
        Files.createDirectories(diary);
        String text = "date,meal,food,planned_g,eaten_g,note\n2026-01-05,breakfast,oil,20,\"12,5\",\n"
                + "2026-01-05,breakfast,oil,20,12.5,\n";
        Files.writeString(diary.resolve("meals.csv"), text);
        CliRun r = adherence();
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertFalse(r.out().contains("Skipped"), r.out());
        assertEquals(text, Files.readString(diary.resolve("meals.csv")), "the diary is never rewritten");
    }

    @Test
    void badDaysRowIsNamed() throws IOException {
        Files.createDirectories(diary);
        // the columns of a diary made before the stress column
        Files.writeString(diary.resolve("days.csv"), "date,seizures,seizure_minutes,ketones_blood_mmol,ketones_urine,"
                + "weight_kg,sleep_hours,ill,note\n2026-01-05,2,,3.1,small,,,,\n2026-01-06,2,,3.1,purple,,,,\n");
        CliRun r = adherence();
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("error: " + diary.resolve("days.csv") + ":3: ketones_urine: 'purple' is not"),
                r.err());
    }

    static JsonNode json(String text) {
        try {
            return Mappers.json().readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
