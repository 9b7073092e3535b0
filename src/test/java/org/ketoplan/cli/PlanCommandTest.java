package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketoplan.common.Mappers;

/** {@code ketoplan plan}, {@code plan check} and {@code recipe fit} through {@link Main#run}. */
class PlanCommandTest {
    static final String TODDLER = """
            name: Test Toddler
            age_months: 14
            weight_kg: 10
            prescription:
              ratio: "3:1"
              meals:
                - {name: breakfast, time: "07:30"}
                - {name: lunch, time: "12:00"}
                - {name: dinner, time: "17:30"}
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void shipped() {
        ShippedData.assumePresent();
    }

    private Path patient(String text) throws Exception {
        Path f = dir.resolve("patient.yaml");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void theExampleWeekHasSevenDaysEveryMealWithinTolerance() throws Exception {
        CliRun run = CliRun.of("plan", "--example", "--days", "7", "--start", "2026-12-01", "--format", "json");
        assertEquals(ExitCodes.OK, run.code(), run.err());
        JsonNode plan = Mappers.json().readTree(run.out());
        assertEquals(7, plan.get("days").size());
        for (JsonNode day : plan.get("days")) {
            // the example infant, 9 months: four milk feeds and three solid meals, the feeds made up once a day
            assertEquals(7, day.get("meals").size());
            assertTrue(day.get("feed_batch").get("recipe_id").isTextual());
            for (JsonNode meal : day.get("meals")) {
                assertTrue(meal.get("within_tolerance").asBoolean(), meal.toString());
                assertTrue(meal.get("recipe_id").isTextual());
            }
            assertTrue(day.get("checks").get("micronutrients").size() > 0);
        }
        assertEquals("Example Infant", plan.get("patient").get("name").asText());
        CliRun text = CliRun.of("plan", "--example", "--days", "7", "--start", "2026-12-01");
        assertEquals(ExitCodes.OK, text.code(), text.err());
        assertTrue(text.out().contains("Tuesday 2026-12-01\n"), text.out());
        assertTrue(text.out().contains("Monday 2026-12-07\n"), text.out());
        // the day's feed is KetoCal 3:1 with Liquigen, whose label minerals ketoplan does not carry: unknown, not 0 %
        assertTrue(text.out().contains("Unknown (not stated for ketocal-3to1-powder, liquigen): calcium"), text.out());
        assertTrue(text.out().contains("  08:00 breakfast: "), text.out());
        assertTrue(text.out().contains("  06:30 morning feed: "), text.out());
        assertTrue(text.out().contains("Fluid: water from food and feeds "), text.out());
        assertTrue(!text.out().contains("NOT within tolerance"), text.out());
    }

    @Test
    void writesThePlanAndRefusesToOverwriteWithoutForce() throws Exception {
        Path out = dir.resolve("plan.json");
        Path p = patient(TODDLER);
        CliRun run = CliRun.of("plan", "--patient", p.toString(), "--days", "3", "--start", "2026-12-01", "--out",
                out.toString());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertTrue(run.out().endsWith("Wrote " + out + " (3 days).\n"), run.out());
        CliRun again = CliRun.of("plan", "--patient", p.toString(), "--days", "3", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, again.code());
        assertTrue(again.err().contains("already exists; use --force"), again.err());
        CliRun longer = CliRun.of("plan", "--from", out.toString(), "--days", "4", "--out", out.toString(),
                "--force");
        assertEquals(ExitCodes.OK, longer.code(), longer.err());
        assertEquals(7, Mappers.json().readTree(out.toFile()).get("days").size());
        // with --out, a summary of the days added, not the days themselves; --show prints them too
        assertTrue(longer.out().contains("4 days, 2026-12-04 to 2026-12-07"), longer.out());
        assertTrue(!longer.out().contains("Friday 2026-12-04"), longer.out());
        CliRun shown = CliRun.of("plan", "--from", out.toString(), "--days", "1", "--out",
                dir.resolve("eight.json").toString(), "--show");
        assertTrue(shown.out().contains("Tuesday 2026-12-08"), shown.out());
        assertTrue(!shown.out().contains("Tuesday 2026-12-01"), shown.out());
        CliRun quiet = CliRun.of("plan", "--from", out.toString(), "--days", "1", "--out",
                dir.resolve("quiet.json").toString(), "--quiet");
        assertEquals(ExitCodes.OK, quiet.code(), quiet.err());
        assertTrue(!quiet.out().contains("Wrote"), quiet.out());
    }

    @Test
    void repeatServesLastWeeksRecipesAndAnotherFoodDataVersionIsRefused() throws Exception {
        Path week = dir.resolve("week.json");
        Path two = dir.resolve("two.json");
        assertEquals(ExitCodes.OK, CliRun.of("plan", "--example", "--days", "7", "--start", "2026-12-01", "--out",
                week.toString()).code());
        CliRun run = CliRun.of("plan", "--from", week.toString(), "--days", "7", "--repeat", "--out", two.toString());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        JsonNode days = Mappers.json().readTree(two.toFile()).get("days");
        assertEquals(14, days.size());
        for (int d = 0; d < 7; d++) {
            for (int m = 0; m < 4; m++) {
                assertEquals(days.get(d).get("meals").get(m).get("recipe_id"),
                        days.get(d + 7).get("meals").get(m).get("recipe_id"));
            }
        }
        ObjectNode old = (ObjectNode) Mappers.json().readTree(week.toFile());
        old.put("food_data_version", "usda-sr24/old");
        Files.writeString(week, Mappers.json().writeValueAsString(old));
        CliRun refused = CliRun.of("plan", "--from", week.toString(), "--days", "7");
        assertEquals(ExitCodes.BAD_INPUT, refused.code());
        assertTrue(refused.err().contains("made with food data version 'usda-sr24/old'"), refused.err());
        assertTrue(refused.err().contains("run 'ketoplan plan check"), refused.err());
    }

    @Test
    void noBreakfastRecipeLeftExitsThreeNamingTheMeal() throws Exception {
        Path p = patient(TODDLER + "exclude_foods: [egg, cream, ricotta, coconut, flaxseed, ketocal, chia, almond]\n");
        CliRun run = CliRun.of("plan", "--patient", p.toString(), "--days", "7", "--start", "2026-12-01");
        assertEquals(ExitCodes.NO_SOLUTION, run.code(), run.out());
        assertTrue(run.err().contains("2026-12-01 breakfast: no recipe suits it"), run.err());
    }

    @Test
    void checkListsAFoodWhoseStoredCompositionDiffers() throws Exception {
        Path out = dir.resolve("plan.json");
        assertEquals(ExitCodes.OK, CliRun.of("plan", "--example", "--days", "2", "--start", "2026-12-01", "--out",
                out.toString()).code());
        CliRun clean = CliRun.of("plan", "check", out.toString());
        assertEquals(ExitCodes.OK, clean.code(), clean.err());
        assertTrue(clean.out().contains("All meals keep their bands."), clean.out());
        // the plan stored butter at 70 g fat per 100 g; the database says 81.11
        ObjectNode plan = (ObjectNode) Mappers.json().readTree(out.toFile());
        for (JsonNode f : plan.get("foods")) {
            if (f.get("id").asText().equals("01145")) {
                ((ObjectNode) f.get("per100")).put("fat_g", 70.0);
            }
        }
        Files.writeString(out, Mappers.json().writeValueAsString(plan));
        CliRun changed = CliRun.of("plan", "check", out.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, changed.code(), changed.err());
        JsonNode r = Mappers.json().readTree(changed.out());
        assertEquals("01145", r.get("changed_foods").get(0).get("id").asText());
        assertEquals("fat_g 70 -> 81.11", r.get("changed_foods").get(0).get("changes").get(0).asText());
    }

    @Test
    void recipeFitComposesToOneMeal() throws Exception {
        Path p = patient(TODDLER);
        CliRun run = CliRun.of("recipe", "fit", "apple-ricotta-cream-puree", "--patient", p.toString(), "--meal",
                "breakfast", "--on", "2026-12-01");
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertTrue(run.out().startsWith("Apple and ricotta purée with cream [apple-ricotta-cream-puree] for "
                + "breakfast:"), run.out());
        assertTrue(run.out().contains("(not counted)"), run.out());
        assertTrue(run.out().contains("Every band holds."), run.out());
        CliRun json = CliRun.of("recipe", "fit", "apple-ricotta-cream-puree", "--patient", p.toString(), "--meal",
                "breakfast", "--on", "2026-12-01", "--format", "json");
        assertTrue(Mappers.json().readTree(json.out()).get("within_tolerance").asBoolean());
        CliRun none = CliRun.of("recipe", "fit", "apple-ricotta-cream-puree", "--patient", p.toString(), "--meal",
                "tea");
        assertEquals(ExitCodes.BAD_INPUT, none.code());
        assertTrue(none.err().contains("no meal or snack named 'tea'"), none.err());
        Path eggFree = patient(TODDLER + "exclude_foods: [egg]\n");
        CliRun excluded = CliRun.of("recipe", "fit", "banana-avocado-egg-yolk-mash", "--patient", eggFree.toString(),
                "--meal", "breakfast");
        assertEquals(ExitCodes.BAD_INPUT, excluded.code());
        assertTrue(excluded.err().contains("banana-avocado-egg-yolk-mash: 01125 (Egg, yolk, raw, fresh) is left out "
                + "by exclude_foods 'egg'"), excluded.err());
    }
}
