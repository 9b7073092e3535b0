package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ketoplan.cli.Hostile.of;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketoplan.common.Mappers;

/**
 * Hostile and hand-edited plan files: refused by every command that reads a plan (exports, day sheets, reminders,
 * the diary, plan --from, plan check) with one line naming the file, the line and the field; an inconsistent plan
 * is refused with a pointer to {@code plan check}, which lists and fixes it.
 */
class HostilePlanTest {
    @TempDir
    Path dir;

    private static final String P = "@/plan.json";

    /** The commands that read a plan, each writing (if anything) into the case's folder. */
    private static final String[][] READERS = {
        {"export", P, "--out", "@/plan.xlsx"},
        {"export", P, "--out", "@/plan.csv"},
        {"export", P, "--out", "@/rows.json"},
        {"print", P, "--out", "@/days.pdf"},
        {"remind", P, "--out", "@/meals.ics", "--tz", "Europe/London"},
        {"log", "meal", "--diary", "@/diary", "--plan", P, "--date", "2026-12-01", "--meal", "breakfast", "--all"},
        {"adherence", "--plan", P, "--diary", "@/diary"},
        {"plan", "--from", P, "--days", "1", "--out", "@/next.json"},
    };

    private static String plan() {
        return Hostile.text("plan.json");
    }

    /** The fixture plan with {@code edit} applied to its JSON tree. */
    private static String edited(Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) Mappers.json().readTree(plan());
            edit.accept(root);
            return Mappers.json().writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ObjectNode meal(ObjectNode root, int day, int meal) {
        return (ObjectNode) root.get("days").get(day).get("meals").get(meal);
    }

    private static ObjectNode food(ObjectNode root, int day, int meal, int food) {
        return (ObjectNode) meal(root, day, meal).get("foods").get(food);
    }

    /** One case per reading command for this edit. */
    private static void each(List<Hostile.Case> c, String name, String text, String place) {
        for (String[] args : READERS) {
            c.add(of(name + " (" + args[0] + (args[0].equals("log") || args[0].equals("plan") ? " " + args[1] : "")
                    + ")").file("plan.json", text).bad(place, args));
        }
    }

    /** One case, read by {@code export --out plan.csv}. */
    private static Hostile.Case one(String name, String text, String place) {
        return of(name).file("plan.json", text).bad(place, "export", P, "--out", "@/plan.csv");
    }

    static List<Hostile.Case> cases() {
        List<Hostile.Case> c = new ArrayList<>();
        // the hint is the command line's (the plan file refuses with PlanFile.Disagrees, and the CLI names its command)
        String check = ".*: run 'ketoplan plan check @/plan.json' to see them, and --fix to recompute them from the "
                + "grams";
        // grams changed by hand: refused by every reader, which suggests plan check
        each(c, "grams edited without their macros", edited(r -> food(r, 0, 0, 0).put("amount", 500.0)),
                P + ":\\d+: days\\[0\\]\\.meals\\[0\\]\\.foods\\[0\\]\\.fat_g: .* is stored, but the stored composition "
                        + "gives .* for 500 g of \\w+" + check);
        each(c, "a day given twice", edited(r -> ((ArrayNode) r.get("days")).add(r.get("days").get(2).deepCopy())),
                P + ":\\d+: days\\[3\\]\\.date: 2026-12-03 is given twice; the days must be in date order, each once");
        each(c, "a ratio of 0", edited(r -> ((ObjectNode) r.get("prescription")).put("ratio", 0)),
                P + ":\\d+: prescription\\.ratio: 0 is outside 0\\.5 to 6");
        c.add(one("a food's stored composition removed", edited(r -> ((ArrayNode) r.get("foods")).remove(0)),
                P + ":\\d+: days\\[\\d\\]\\.meals\\[\\d\\]\\.foods\\[\\d\\]\\.id: food '\\w+' has no composition" + check));
        c.add(one("days: []", edited(r -> r.putArray("days")), P + ":\\d+: days: the plan has no days"));
        c.add(one("days out of order", edited(r -> {
            ArrayNode days = (ArrayNode) r.get("days");
            JsonNode first = days.remove(0);
            days.add(first);
        }), P + ":\\d+: days\\[2\\]\\.date: 2026-12-01 comes after 2026-12-03"));
        c.add(one("a meal's target ratio 0", edited(r -> ((ObjectNode) meal(r, 0, 0).get("target")).put("ratio", 0)),
                P + ":\\d+: days\\[0\\]\\.meals\\[0\\]\\.target\\.ratio: 0 is outside"));
        c.add(one("meal totals edited", edited(r -> ((ObjectNode) meal(r, 1, 2).get("totals")).put("kcal", 1.0)),
                P + ":\\d+: days\\[1\\]\\.meals\\[2\\]\\.totals\\.kcal: 1 is stored, but its foods add up to"));
        c.add(one("day totals edited", edited(r -> ((ObjectNode) r.get("days").get(2).get("totals")).put("fat_g", 0)),
                P + ":\\d+: days\\[2\\]\\.totals\\.fat_g: 0 is stored, but its meals' foods add up to"));
        c.add(one("within_tolerance claimed for an edited meal", edited(r -> {
            ObjectNode t = (ObjectNode) meal(r, 0, 1).get("target");
            t.put("kcal", 400.0);
        }), P + ":\\d+: days\\[0\\]\\.meals\\[1\\]\\.within_tolerance: true, but"));
        c.add(one("energy percentage edited", edited(r -> ((ObjectNode) r.get("days").get(0).get("checks"))
                .put("energy_pct", 250.0)), P + ":\\d+: days\\[0\\]\\.checks\\.energy_pct: 250 is stored"));
        c.add(one("negative amount", edited(r -> food(r, 0, 0, 1).put("amount", -3.0)),
                P + ":\\d+: days\\[0\\]\\.meals\\[0\\]\\.foods\\[1\\]: amount must not be negative \\(-3\\)"));
        c.add(one("amount of 1e308", edited(r -> food(r, 0, 0, 1).put("amount", 1e308)),
                // the fixture's first meal is the example infant's morning feed: KetoCal 3:1 powder, Liquigen, water
                P + ":\\d+: days\\[0\\]\\.meals\\[0\\]\\.foods\\[1\\]\\.amount: .* is outside 0 to 10000 ml"));
        c.add(one("amount \"NaN\"", edited(r -> food(r, 0, 0, 1).put("amount", "NaN")),
                P + ":\\d+: days\\[0\\]\\.meals\\[0\\]\\.foods\\[1\\]: amount must be a number, not NaN"));
        c.add(one("a unit that is not the food's", edited(r -> food(r, 0, 0, 0).put("unit", "ml")),
                P + ":\\d+: days\\[0\\]\\.meals\\[0\\]\\.foods\\[0\\]\\.unit: 'ml', but the food is measured in g"));
        c.add(one("a time of 25:00", edited(r -> meal(r, 0, 0).put("time", "25:00")),
                P + ":\\d+: days\\[0\\]\\.meals\\[0\\]\\.time: '25:00' is not a time of day"));
        c.add(one("a slot twice in a day", edited(r -> meal(r, 0, 1).put("slot", "morning feed")),
                P + ":\\d+: days\\[0\\]\\.meals\\[1\\]\\.slot: 'morning feed' is planned twice"));
        c.add(one("a time zone that is none", edited(r -> ((ObjectNode) r.get("patient")).put("time_zone", "Moon/Base")),
                P + ":\\d+: patient\\.time_zone: 'Moon/Base' is not a time zone"));
        c.add(one("a scale step of 0.5", edited(r -> ((ObjectNode) r.get("tolerances")).put("step", 0.5)),
                P + ":\\d+: tolerances\\.step: 0\\.5 is not a scale step"));
        c.add(one("a stored fat of 500 g per 100 g", edited(r -> ((ObjectNode) r.get("foods").get(0).get("per100"))
                .put("fat_g", 500.0)), P + ":\\d+: foods\\[0\\]\\.per100\\.fat_g: 500 is outside 0 to 100"));
        c.add(one("an unknown nutrient", edited(r -> ((ObjectNode) r.get("foods").get(0).get("per100"))
                .put("unobtainium_g", 1.0)), P + ":\\d+: foods\\[0\\]\\.per100\\.unobtainium_g: 'unobtainium_g' is "
                + "not a nutrient"));
        c.add(one("a food stored twice", edited(r -> ((ArrayNode) r.get("foods")).add(r.get("foods").get(0)
                .deepCopy())), P + ":\\d+: foods\\[\\d+\\]\\.id: food '\\w+' is stored twice"));
        c.add(one("a year of 99999", edited(r -> ((ObjectNode) r.get("days").get(2)).put("date", "+99999-12-03")),
                P + ":\\d+: days\\[2\\]\\.date: "));
        c.add(one("a name of 300 characters", edited(r -> ((ObjectNode) r.get("patient")).put("name",
                "x".repeat(300))), P + ":\\d+: patient\\.name: has 300 characters; the most is 200"));
        c.add(one("a control character in a recipe name", edited(r -> meal(r, 0, 0).put("recipe_name",
                "Omelette\u001b[2J")), P + ":\\d+: days\\[0\\]\\.meals\\[0\\]\\.recipe_name: the text holds the control "
                + "character U\\+001B"));
        c.add(one("a misspelt field", edited(r -> {
            ObjectNode f = food(r, 0, 0, 0);
            f.set("amout", f.remove("amount"));
        }), P + ":\\d+: days\\[0\\]\\.meals\\[0\\]\\.foods\\[0\\]: unknown field 'amout' \\(did you mean 'amount'\\?"));
        c.add(one("a duplicate field", plan().replaceFirst("\"amount\" : ", "\"amount\" : 1.0, \"amount\" : "),
                P + ":\\d+: days\\[0\\]\\.meals\\[0\\]\\.foods\\[0\\]: field 'amount' is given twice"));
        c.add(one("format version 3", edited(r -> r.put("format_version", 3)),
                P + ":2: format_version: 3 is not supported"));
        c.add(one("an amount as text", edited(r -> food(r, 0, 0, 0).put("amount", "lots")),
                P + ":\\d+: days\\[0\\]\\.meals\\[0\\]\\.foods\\[0\\]\\.amount: 'lots' is not a valid number"));
        c.add(one("a number of 400 digits", plan().replaceFirst("\"amount\" : [0-9.]+",
                "\"amount\" : 1" + "0".repeat(400)),
                P + ":\\d+: .*Number value length \\(401\\) exceeds the maximum allowed \\(100\\)$"));
        c.add(one("truncated", plan().substring(0, plan().length() / 2), P + ":\\d+: .*syntax: Unexpected end-of-input"));
        c.add(one("trailing content", plan() + "{}\n", P + ":\\d+: more content after the end of the JSON document"));
        c.add(one("not JSON", "format_version: 1\n", P + ":1: .*syntax"));
        c.add(one("empty", "", P + ": the file is empty"));
        c.add(one("an array, not a plan", "[1, 2]", P + ":1: expected a plan"));
        c.add(one("nested 200 deep", "{\"notes\": " + "[".repeat(200) + "]".repeat(200) + "}", P + ":1: "));
        c.add(of("not UTF-8").file("plan.json", plan().replace("Example Infant", "Zo\u00eb")
                .getBytes(StandardCharsets.ISO_8859_1)).bad(P + ":\\d+: not UTF-8 text", "export", P, "--out",
                "@/plan.csv"));
        c.add(of("a folder").file("plan.json/x", "x").bad(P + ": is a folder", "export", P, "--out", "@/plan.csv"));
        c.add(of("no such plan").bad("@/none.json: no such file", "export", "@/none.json", "--out", "@/plan.csv"));
        c.add(of("plan check of an invalid plan").file("plan.json", edited(r -> ((ObjectNode) r.get("prescription"))
                .put("ratio", 0))).bad(P + ":\\d+: prescription\\.ratio: 0 is outside", "plan", "check", P));
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithOneLineNamingThePlaceAndNothingWritten(Hostile.Case c) throws Exception {
        Hostile.run(c, dir);
    }

    @Test
    void planCheckListsTheEditAndFixRecomputesItFromTheGrams() throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, edited(r -> food(r, 0, 0, 0).put("amount", 500.0)));
        CliRun r = CliRun.of("plan", "check", plan.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("The file's values do not agree with each other (was it edited by hand?)"), r.out());
        assertTrue(r.out().matches("(?s).*days\\[0\\]\\.meals\\[0\\]\\.foods\\[0\\]\\.fat_g: [0-9.]+ is stored, but "
                + "the stored composition gives [0-9.]+ for 500 g of .*"), r.out());
        Path fixed = dir.resolve("fixed.json");
        CliRun fix = CliRun.of("plan", "check", plan.toString(), "--fix", "--out", fixed.toString());
        assertEquals(ExitCodes.OK, fix.code(), fix.err());
        // the morning feed with 500 g of KetoCal is far outside its bands: shared again from the day's made-up feeds,
        // and the file agrees
        CliRun again = CliRun.of("plan", "check", fixed.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, again.code(), again.err());
        JsonNode j = CliConventionsTest.json(again.out());
        assertTrue(j.get("ok").asBoolean(), again.out());
        assertEquals(0, j.get("inconsistencies").size());
        CliRun export = CliRun.of("export", fixed.toString(), "--out", dir.resolve("ok.csv").toString());
        assertEquals(ExitCodes.OK, export.code(), export.err());
    }
}
