package org.ketoplan.cli;

import static org.ketoplan.cli.Hostile.of;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile diaries and workbooks: bad rows of meals.csv and days.csv (refused by the report and by the next entry,
 * naming file and line), and workbooks given to {@code diary import} that are filled in badly or attack the reader.
 * Each is one line with exit 2, and the diary is left exactly as it was (or not created).
 */
class HostileDiaryTest {
    @TempDir
    Path dir;

    private static final String P = "@/plan.json";
    private static final String MEALS = "date,meal,food,planned_g,eaten_g,note\n";
    private static final String DAYS = "date,seizures,seizure_minutes,ketones_blood_mmol,ketones_urine,weight_kg,"
            + "sleep_hours,ill,note\n";
    private static final String[] REPORT = {"adherence", "--plan", P, "--diary", "@/diary"};
    private static final String[] IMPORT = {"diary", "import", "@/filled.xlsx", "--diary", "@/diary", "--plan", P};

    private static Hostile.Case meals(String name, String row, String place) {
        return of("meals.csv: " + name).fixture("plan.json").file("diary/meals.csv", MEALS + row + "\n")
                .bad("@/diary/meals.csv:2: " + place, REPORT);
    }

    private static Hostile.Case days(String name, String row, String place) {
        return of("days.csv: " + name).fixture("plan.json").file("diary/days.csv", DAYS + row + "\n")
                .bad("@/diary/days.csv:2: " + place, REPORT);
    }

    private static Hostile.Case workbook(String name, byte[] xlsx, String place) {
        return of("import: " + name).fixture("plan.json").file("filled.xlsx", xlsx).bad(place, IMPORT);
    }

    static List<Hostile.Case> cases() {
        List<Hostile.Case> c = new ArrayList<>();
        String row = "2026-12-01,breakfast,01123,15,";
        c.add(meals("eaten 1e308", row + "1e308,", "eaten_g: '1e308' is not a number"));
        c.add(meals("eaten 10 kg and more", row + "100000,", "eaten_g: 100000 is more than 10000 g"));
        c.add(meals("eaten NaN", row + "NaN,", "eaten_g: 'NaN' is not a number"));
        c.add(meals("eaten Infinity", row + "Infinity,", "eaten_g: 'Infinity' is not a number"));
        c.add(meals("eaten with a decimal comma", row + "\"12,5\",", "eaten_g: '12,5' uses a decimal comma"));
        c.add(meals("eaten negative", row + "-3,", "eaten_g: '-3' is negative"));
        c.add(meals("eaten empty", row + ",", "eaten_g: empty"));
        c.add(meals("planned 20000 g", "2026-12-01,breakfast,01123,20000,15,", "planned_g: 20000 is more than 10000 g"));
        c.add(meals("a date that is none", "2026-02-30,breakfast,01123,15,15,", "date: '2026-02-30' is not a date"));
        c.add(meals("year 99999", "+99999-12-01,breakfast,01123,15,15,", "date: "));
        c.add(meals("a meal not planned", "2026-12-01,brunch,01123,15,15,", "meal: 'brunch' is not a meal on"));
        c.add(meals("an unknown food", "2026-12-01,breakfast,99999,15,15,", "food: '99999' is not in the plan"));
        c.add(meals("a day outside the plan", "2027-01-01,breakfast,01123,15,15,", "date: 2027-01-01 is outside"));
        c.add(meals("too few fields", "2026-12-01,breakfast,01123,15", "has 4 fields, the header has 6"));
        c.add(meals("too many fields", row + "15,note,more", "has 7 fields, the header has 6"));
        c.add(meals("an unclosed quote", row + "15,\"note", "not a CSV row"));
        c.add(meals("a control character in the note", row + "15,\u001b[31mred", "note: holds the control "
                + "character U\\+001B"));
        c.add(meals("a note of 2000 characters", row + "15," + "n".repeat(2000), "note: has 2000 characters; the "
                + "most is 1000"));
        c.add(meals("a refusal with grams", "2026-12-01,breakfast,,,15,", "eaten_g: a refused meal"));
        c.add(of("meals.csv: not UTF-8").fixture("plan.json").file("diary/meals.csv", (MEALS + row + "15,caf\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1)).bad("@/diary/meals.csv:2: not UTF-8 text \\(byte 0xE9 at "
                + "column 37\\)", REPORT));
        c.add(of("meals.csv: a missing column").fixture("plan.json").file("diary/meals.csv", "date,meal,food\n"
                + "2026-12-01,breakfast,01123\n").bad("@/diary/meals.csv:1: missing column 'planned_g'", REPORT));
        c.add(of("log meal onto a diary with a bad header").fixture("plan.json").file("diary/meals.csv",
                "when,what\n").bad("@/diary/meals.csv:1: missing column 'date'", "log", "meal", "--diary", "@/diary",
                "--plan", P, "--date", "2026-12-01", "--meal", "breakfast", "--all"));
        c.add(days("seizures 99999999999", "2026-12-01,99999999999,,,,,,,", "seizures: 99999999999 is more than "
                + "10000"));
        c.add(days("seizures 2.5", "2026-12-01,2.5,,,,,,,", "seizures: '2\\.5' is not a whole number"));
        c.add(days("minutes 5000", "2026-12-01,1,5000,,,,,,", "seizure_minutes: 5000 is more than 1440 minutes"));
        c.add(days("ketones 99", "2026-12-01,1,,99,,,,,", "ketones_blood_mmol: 99 is more than 30 mmol/L"));
        c.add(days("urine ketones 80 (mg/dL)", "2026-12-01,1,,,80,,,,", "ketones_urine: 80 is more than 16 mmol/L"));
        c.add(days("urine ketones a colour", "2026-12-01,1,,,purple,,,,", "ketones_urine: 'purple' is not a strip"));
        c.add(days("weight 7800 (grams)", "2026-12-01,1,,,,7800,,,", "weight_kg: 7800 is more than 250 kg"));
        c.add(days("sleep 25 hours", "2026-12-01,1,,,,,25,,", "sleep_hours: 25 is more than 24"));
        c.add(days("ill: maybe", "2026-12-01,1,,,,,,maybe,", "ill: 'maybe' is not yes or no"));
        c.add(days("a day after the plan", "2027-06-01,1,,,,,,,", "date: 2027-06-01 is after the plan's last day"));

        // workbooks given to diary import
        String w = "@/filled.xlsx";
        c.add(workbook("an external entity (XXE)", HostileWorkbooks.externalEntity(), w + ": the workbook's XML holds "
                + "a DOCTYPE or entity declaration"));
        c.add(workbook("an entity bomb", HostileWorkbooks.entityBomb(), w + ": the workbook's XML holds a DOCTYPE"));
        c.add(workbook("a zip bomb", HostileWorkbooks.zipBomb(), w + ": the workbook expands to far more than its "
                + "size on disk"));
        c.add(workbook("2,000 entries", HostileWorkbooks.withEntries(2_000), w + ": the workbook holds more than "
                + "ketoplan reads"));
        c.add(workbook("not a zip", "Date,Meal\n".getBytes(StandardCharsets.UTF_8), w + ": not an .xlsx workbook"));
        c.add(workbook("an empty file", new byte[0], w + ": the file is empty"));
        c.add(workbook("an old .xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
            (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0, 0, 0, 0, 0}, w + ": an old \\.xls"));
        byte[] whole = HostileWorkbooks.plan();
        c.add(workbook("truncated", java.util.Arrays.copyOf(whole, whole.length / 2), w + ": not an \\.xlsx workbook, or "
                + "one cut short or damaged"));
        c.add(workbook("a formula in Eaten", HostileWorkbooks.filled((r, d, m, id, e) -> HostileWorkbooks.cell(r, e)
                .setCellFormula("10*2")), "filled\\.xlsx:.*!H\\d+: Eaten \\(g\\): a formula \\(=10\\*2\\); type the grams as "
                + "a number; nothing was imported"));
        c.add(workbook("Eaten as words", HostileWorkbooks.filled((r, d, m, id, e) -> HostileWorkbooks.cell(r, e)
                .setCellValue("most of it")), "filled\\.xlsx:.*!H\\d+: Eaten \\(g\\): 'most of it' is not a number"));
        c.add(workbook("Eaten negative", HostileWorkbooks.filled((r, d, m, id, e) -> HostileWorkbooks.cell(r, e)
                .setCellValue(-5)), "filled\\.xlsx:.*!H\\d+: Eaten \\(g\\): -5 is negative"));
        c.add(workbook("Eaten 1e308", HostileWorkbooks.filled((r, d, m, id, e) -> HostileWorkbooks.cell(r, e)
                .setCellValue(1e308)), "filled\\.xlsx:.*!H\\d+: Eaten \\(g\\): 1\\.000e\\+308 is more than 10000 g"));
        c.add(workbook("Eaten with a decimal comma", HostileWorkbooks.filled((r, d, m, id, e) -> HostileWorkbooks
                .cell(r, e).setCellValue("12,5")), "filled\\.xlsx:.*!H\\d+: Eaten \\(g\\): '12,5' uses a decimal comma"));
        c.add(workbook("a date that is text", HostileWorkbooks.filled((r, d, m, id, e) -> {
            HostileWorkbooks.cell(r, e).setCellValue(10);
            HostileWorkbooks.cell(r, d).setCellValue("tomorrow");
        }), "filled\\.xlsx:.*!H\\d+: Date: 'tomorrow' is not a date"));
        c.add(workbook("a date past 9999", HostileWorkbooks.filled((r, d, m, id, e) -> {
            HostileWorkbooks.cell(r, e).setCellValue(10);
            HostileWorkbooks.cell(r, d).setCellValue(1e10);
        }), "filled\\.xlsx:.*!H\\d+: Date: '?10000000000'? is not a date"));
        c.add(workbook("a meal not in the plan", HostileWorkbooks.filled((r, d, m, id, e) -> {
            HostileWorkbooks.cell(r, e).setCellValue(10);
            HostileWorkbooks.cell(r, m).setCellValue("brunch");
        }), "filled\\.xlsx:.*!H\\d+: meal: 'brunch' is not a meal on 2026-12-01"));
        c.add(workbook("a food not in the plan", HostileWorkbooks.filled((r, d, m, id, e) -> {
            HostileWorkbooks.cell(r, e).setCellValue(10);
            HostileWorkbooks.cell(r, id).setCellValue("no-such-food");
        }), "filled\\.xlsx:.*!H\\d+: food: 'no-such-food' is not in the plan"));
        c.add(workbook("a control character in the meal", HostileWorkbooks.filled((r, d, m, id, e) -> {
            HostileWorkbooks.cell(r, e).setCellValue(10);
            HostileWorkbooks.cell(r, m).setCellValue("break\u009bfast");
        }), "filled\\.xlsx:.*!H\\d+: meal: holds the control character U\\+009B"));
        c.add(of("import: a folder, not a workbook").fixture("plan.json").file("filled.xlsx/x", "x")
                .bad(w + ": is a folder", IMPORT));
        c.add(of("import: no such workbook").fixture("plan.json").bad(w + ": no such file", IMPORT));
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithOneLineNamingThePlaceAndTheDiaryUnchanged(Hostile.Case c) throws Exception {
        Hostile.run(c, dir);
    }
}
