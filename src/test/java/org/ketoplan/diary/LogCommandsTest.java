package org.ketoplan.diary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ketoplan.cli.CliRun;
import org.ketoplan.cli.ExitCodes;
import org.ketoplan.plan.PlanFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ketoplan log meal} and {@code log day}: appends, duplicates, corrections; the file is never rewritten. */
class LogCommandsTest {
    private static final String MEALS_HEADER = "date,meal,food,planned_g,eaten_g,note\n";

    @TempDir
    Path dir;

    private Path plan;
    private Path diary;

    @BeforeEach
    void writePlan() {
        plan = dir.resolve("plan.json");
        PlanFile.write(plan, DiaryFixture.planWithBiscuit(), false);
        diary = dir.resolve("diary");
    }

    private CliRun meal(String... more) {
        List<String> args = new ArrayList<>(List.of("log", "meal", "--diary", diary.toString(), "--plan",
                plan.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(new String[0]));
    }

    private CliRun day(String... more) {
        List<String> args = new ArrayList<>(List.of("log", "day", "--diary", diary.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(new String[0]));
    }

    private String meals() throws IOException {
        return Files.readString(diary.resolve("meals.csv"));
    }

    @Test
    void allWritesEveryPlannedFoodWithTheHeader() throws IOException {
        CliRun r = meal("--date", "2026-01-05", "--meal", "breakfast", "--all");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(MEALS_HEADER + "2026-01-05,breakfast,oil,20,20,\n2026-01-05,breakfast,egg,40,40,\n"
                + "2026-01-05,breakfast,berry,40,40,\n", meals());
        // 248 kcal of 248, ratio 3:1
        assertTrue(r.out().contains("The meal as eaten: 248 kcal (100 % of 248), ratio 3:1 (target 3:1)"), r.out());
    }

    @Test
    void percentRoundsEachFoodToThePlansStep() throws IOException {
        // 75 % of 20 / 40 / 40 g = 15 / 30 / 30 g; 33 % = 6.6 -> 7, 13.2 -> 13, 13.2 -> 13 (step 1 g)
        assertEquals(ExitCodes.OK, meal("--date", "2026-01-05", "--meal", "lunch", "--percent", "33").code());
        assertTrue(meals().endsWith("2026-01-05,lunch,oil,20,7,\n2026-01-05,lunch,egg,40,13,\n"
                + "2026-01-05,lunch,berry,40,13,\n"), meals());
    }

    @Test
    void offPlanFoodHasNoPlannedAmountAndAQuotedNote() throws IOException {
        CliRun r = meal("--date", "2026-01-05", "--meal", "breakfast", "--all", "--food", "biscuit=10",
                "--note", "at nursery, with \"juice\"");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(meals().endsWith("2026-01-05,breakfast,biscuit,,10,\"at nursery, with \"\"juice\"\"\"\n"), meals());
    }

    @Test
    void duplicateIsRefusedAndTheFileIsUnchanged() throws IOException {
        meal("--date", "2026-01-05", "--meal", "breakfast", "--all");
        String before = meals();
        CliRun r = meal("--date", "2026-01-05", "--meal", "Breakfast", "--food", "oil=12");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals("error: " + diary.resolve("meals.csv") + ":2: 'oil' at breakfast on 2026-01-05 is already "
                + "logged; use --replace to correct it (a new row is appended and supersedes the earlier one)",
                r.err().strip());
        assertEquals(before, meals());
        // another food for the same meal is no duplicate
        assertEquals(ExitCodes.OK, meal("--date", "2026-01-05", "--meal", "breakfast", "--food", "biscuit=5").code());
    }

    @Test
    void replaceAppendsSupersedingRowsAndKeepsEarlierBytes() throws IOException {
        meal("--date", "2026-01-05", "--meal", "dinner", "--all");
        byte[] before = Files.readAllBytes(diary.resolve("meals.csv"));
        CliRun r = meal("--date", "2026-01-05", "--meal", "dinner", "--food", "oil=10", "--replace");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        byte[] after = Files.readAllBytes(diary.resolve("meals.csv"));
        assertArrayEquals(before, Arrays.copyOf(after, before.length), "earlier lines are never edited");
        // the correction: oil 10 g, and egg and berry (logged before, not in the correction) at 0 g
        assertEquals("2026-01-05,dinner,oil,20,10,\n2026-01-05,dinner,egg,40,0,correction: not eaten\n"
                + "2026-01-05,dinner,berry,40,0,correction: not eaten\n",
                new String(after, before.length, after.length - before.length, java.nio.charset.StandardCharsets.UTF_8));
        // read back, the last row for each key wins: 10 g oil = 90 kcal
        AdherenceReport rep = AdherenceCalculator.report(DiaryFixture.planWithBiscuit(),
                Diary.read(diary, DiaryFixture.planWithBiscuit(), new Compositions(DiaryFixture.planWithBiscuit(),
                        (org.ketoplan.food.FoodDatabase) null)), new Compositions(DiaryFixture.planWithBiscuit(),
                        (org.ketoplan.food.FoodDatabase) null), AdherenceOptions.defaults());
        assertEquals(90, rep.days().get(0).meals().get(2).kcal(), 1e-9);
    }

    @Test
    void refusalIsOneRowAndBlocksFoodsWithoutReplace() throws IOException {
        assertEquals(ExitCodes.OK, meal("--date", "2026-01-06", "--meal", "lunch", "--refused").code());
        assertEquals(MEALS_HEADER + "2026-01-06,lunch,,,0,\n", meals());
        CliRun again = meal("--date", "2026-01-06", "--meal", "lunch", "--all");
        assertEquals(ExitCodes.BAD_INPUT, again.code());
        assertTrue(again.err().contains("lunch on 2026-01-06 is already logged"), again.err());
        assertEquals(ExitCodes.OK, meal("--date", "2026-01-06", "--meal", "lunch", "--all", "--replace").code());
    }

    @Test
    void foodsByNameAreLoggedByIdAndPrintedByName() throws IOException {
        // "Berry" is the meal's berry by its name; "bisc" is part of the plan's biscuit (off-plan at this meal)
        CliRun r = meal("--date", "2026-01-07", "--meal", "breakfast", "--food", "Berry=30", "--food", "bisc=5");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(MEALS_HEADER + "2026-01-07,breakfast,berry,40,30,\n2026-01-07,breakfast,biscuit,,5,\n", meals());
        assertTrue(r.out().contains("Berry    berry"), r.out());
        assertTrue(r.out().contains("Biscuit  biscuit   off-plan        5"), r.out());
        // 30 g berry = 3 g net carbohydrate = 12 kcal; 5 g biscuit = fat 1, protein 0.25, carbohydrate 3.5 =
        // 9 + 1 + 14 = 24 kcal: 36 kcal of 248 (15 %)
        assertTrue(r.out().contains("The meal as eaten: 36 kcal (15 % of 248)"), r.out());
        // "e" is part of both "egg" and "berry": which one is not guessed
        CliRun both = meal("--date", "2026-01-07", "--meal", "lunch", "--food", "e=10");
        assertEquals(ExitCodes.BAD_INPUT, both.code());
        assertEquals("error: --food: 'e' fits 2 foods: egg (Egg), berry (Berry); give the id or more of the name",
                both.err().strip());
        // a name and the id of the same food are one food given twice
        CliRun twice = meal("--date", "2026-01-07", "--meal", "lunch", "--food", "oil=10", "--food", "Oil=5");
        assertEquals(ExitCodes.BAD_INPUT, twice.code());
        assertTrue(twice.err().contains("'Oil' is oil, given twice"), twice.err());
    }

    @Test
    void aRefusedMealIsShownAsRefusedNotOffPlan() throws IOException {
        CliRun r = meal("--date", "2026-01-08", "--meal", "dinner", "--refused");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("(the whole meal refused)"), r.out());
        assertTrue(!r.out().contains("off-plan"), r.out());
        // JSON: the eaten grams and kcal are numbers; a refusal names no food
        com.fasterxml.jackson.databind.JsonNode j = org.ketoplan.common.Mappers.json().readTree(meal("--date",
                "2026-01-08", "--meal", "lunch", "--refused", "--format", "json").out());
        assertTrue(j.get("appended").get(0).get("refused").asBoolean());
        assertTrue(j.get("appended").get(0).get("food").isNull());
        assertTrue(j.get("appended").get(0).get("eaten_g").isNumber());
        assertTrue(j.get("kcal").isNumber() && j.get("target_kcal").isNumber());
    }

    @Test
    void badMealRequestsAreNamed() {
        assertTrue(meal("--date", "2026-03-01", "--meal", "lunch", "--all").err()
                .contains("--date: 2026-03-01 is outside the plan (2026-01-05 to 2026-02-01)"));
        assertTrue(meal("--date", "2026-01-05", "--meal", "brunch", "--all").err()
                .contains("--meal: 'brunch' is not a meal on 2026-01-05 (breakfast, lunch, dinner)"));
        assertTrue(meal("--date", "2026-01-05", "--meal", "lunch", "--food", "oil=-3").err()
                .contains("--food: oil: the grams must not be negative"));
        assertTrue(meal("--date", "2026-01-05", "--meal", "lunch", "--food", "oil=12,5").err()
                .contains("'12,5' uses a decimal comma"));
        assertTrue(meal("--date", "2026-01-05", "--meal", "lunch").err().contains("say what was eaten"));
        assertTrue(meal("--date", "2026-01-05", "--meal", "lunch", "--all", "--refused").err()
                .contains("give one of --all, --percent and --refused"));
        assertTrue(meal("--date", "5/1/2026", "--meal", "lunch", "--all").err()
                .contains("--date: '5/1/2026' is not a date; write YYYY-MM-DD"));
        assertEquals(ExitCodes.BAD_INPUT, meal("--date", "2026-01-05", "--meal", "lunch", "--all", "--refused")
                .code());
        assertTrue(Files.notExists(diary.resolve("meals.csv")), "nothing is written for a bad request");
    }

    @Test
    void dayIsAppendedDuplicateRefusedAndReplaceMerges() throws IOException {
        CliRun r = day("--date", "2026-01-05", "--seizures", "3", "--ketones", "3.1", "--urine-ketones", "small");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String header = String.join(",", DayEntry.COLUMNS) + "\n";
        assertEquals(header + "2026-01-05,3,,3.1,small,,,,,\n", Files.readString(diary.resolve("days.csv")));

        CliRun dup = day("--date", "2026-01-05", "--sleep", "11");
        assertEquals(ExitCodes.BAD_INPUT, dup.code());
        assertTrue(dup.err().contains(diary.resolve("days.csv") + ":2: 2026-01-05 is already logged; use --replace"),
                dup.err());

        byte[] before = Files.readAllBytes(diary.resolve("days.csv"));
        assertEquals(ExitCodes.OK, day("--date", "2026-01-05", "--sleep", "11", "--ill", "--replace").code());
        String text = Files.readString(diary.resolve("days.csv"));
        assertArrayEquals(before, Arrays.copyOf(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                before.length));
        // the correction keeps the earlier values and adds sleep and illness
        assertTrue(text.endsWith("2026-01-05,3,,3.1,small,,11,yes,,\n"), text);
    }

    @Test
    void badDayValuesAreUsageErrors() {
        assertTrue(day("--date", "2026-01-05", "--urine-ketones", "purple").err()
                .contains("--urine-ketones: 'purple' is not a strip level"));
        assertTrue(day("--date", "2026-01-05", "--ketones", "3,1").err().contains("'3,1' uses a decimal comma"));
        assertTrue(day("--date", "2026-01-05", "--seizures", "-1").err().contains("--seizures must not be negative"));
        assertTrue(day("--date", "2026-01-05").err().contains("give at least one of"));
        assertEquals(ExitCodes.BAD_INPUT, day("--date", "2026-01-05", "--weight", "0").code());
    }

    @Test
    void aNoteASpreadsheetWouldRunIsWrittenSoItIsShownAndReadBackAsTyped() throws IOException {
        String note = "=HYPERLINK(\"http://example.com\",\"click\")";
        CliRun r = meal("--date", "2026-01-05", "--meal", "lunch", "--food", "oil=20", "--note", note);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        // OWASP's advice: a leading ' so that a spreadsheet shows the text instead of running it
        assertEquals(MEALS_HEADER + "2026-01-05,lunch,oil,20,20,\"'=HYPERLINK(\"\"http://example.com\"\",\"\"click"
                + "\"\")\"\n", meals());
        assertEquals(note, DiaryFiles.readMeals(diary).rows().get(0).value().note());
        CliRun again = meal("--date", "2026-01-05", "--meal", "dinner", "--food", "oil=20", "--note", "'quoted'");
        assertEquals(ExitCodes.OK, again.code(), again.err());
        assertEquals("'quoted'", DiaryFiles.readMeals(diary).rows().get(1).value().note());
    }

    @Test
    void anIncompleteLastLineIsLeftOutWithAWarningAndMovedAsideByTheNextEntry() throws IOException {
        assertEquals(ExitCodes.OK, meal("--date", "2026-01-05", "--meal", "breakfast", "--all").code());
        // what an older ketoplan left when killed in the middle of a row (or a full disk): "202"
        Files.writeString(diary.resolve("meals.csv"), "202", java.nio.file.StandardOpenOption.APPEND);
        CliRun report = CliRun.of("adherence", "--plan", plan.toString(), "--diary", diary.toString(), "--format",
                "json");
        assertEquals(ExitCodes.OK, report.code(), report.err());
        assertEquals("warning: " + diary.resolve("meals.csv") + ":5: the last line has no line end (an interrupted "
                + "write?); it is left out, and the next entry moves it to meals.csv.torn", report.err().strip());
        CliRun next = meal("--date", "2026-01-05", "--meal", "lunch", "--all");
        assertEquals(ExitCodes.OK, next.code(), next.err());
        assertTrue(next.err().contains("an incomplete last line (no line end) was moved to meals.csv.torn"),
                next.err());
        assertEquals("202\n", Files.readString(diary.resolve("meals.csv.torn")));
        assertTrue(meals().endsWith("2026-01-05,breakfast,berry,40,40,\n2026-01-05,lunch,oil,20,20,\n"
                + "2026-01-05,lunch,egg,40,40,\n2026-01-05,lunch,berry,40,40,\n"), meals());
        CliRun clean = CliRun.of("adherence", "--plan", plan.toString(), "--diary", diary.toString());
        assertEquals("", clean.err());
    }
}
