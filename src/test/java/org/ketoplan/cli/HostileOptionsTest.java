package org.ketoplan.cli;

import static org.ketoplan.cli.Hostile.of;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile command lines over every command: unknown and misspelt options, numbers that are not numbers or are far
 * past their bounds, impossible dates, terminal escape sequences, outputs that are folders, devices or already
 * there. Each is one line (the usage hint is its tail, not a second line) with exit 2, naming the option, and
 * nothing is written.
 */
class HostileOptionsTest {
    @TempDir
    Path dir;

    private static final String P = "@/plan.json";
    private static final String[] FOODS = {"--food", "01053", "--food", "01001", "--food", "05064", "--food",
        "11090"};

    private static Hostile.Case cmd(String name, String place, String... args) {
        return of(name).fixture("plan.json").bad(place, args);
    }

    private static String[] meal(String... more) {
        List<String> a = new ArrayList<>(List.of("meal"));
        a.addAll(List.of(FOODS));
        a.addAll(List.of(more));
        return a.toArray(new String[0]);
    }

    private static String[] logMeal(String... more) {
        List<String> a = new ArrayList<>(List.of("log", "meal", "--diary", "@/diary", "--plan", P, "--date",
                "2026-12-01", "--meal", "breakfast"));
        a.addAll(List.of(more));
        return a.toArray(new String[0]);
    }

    private static String[] logDay(String... more) {
        List<String> a = new ArrayList<>(List.of("log", "day", "--diary", "@/diary", "--date", "2026-12-01"));
        a.addAll(List.of(more));
        return a.toArray(new String[0]);
    }

    private static String[] adherence(String... more) {
        List<String> a = new ArrayList<>(List.of("adherence", "--plan", P, "--diary", "@/diary"));
        a.addAll(List.of(more));
        return a.toArray(new String[0]);
    }

    static List<Hostile.Case> cases() {
        List<Hostile.Case> c = new ArrayList<>();
        // ratio
        c.add(cmd("ratio: a misspelt option", "Unknown options: '--fibr', '1'; did you mean --fibre or --fiber\\? \\(see "
                + "'ketoplan ratio --help'\\)$", "ratio", "--fat", "10", "--protein", "2", "--carb", "1", "--fibr", "1"));
        c.add(cmd("ratio: a missing option", "Missing required option: '--carb=G' \\(see 'ketoplan ratio --help'\\)",
                "ratio", "--fat", "10", "--protein", "2"));
        c.add(cmd("ratio: NaN", "'--fat': 'NaN' is not a number", "ratio", "--fat", "NaN", "--protein", "2",
                "--carb", "1"));
        c.add(cmd("ratio: Infinity", "'--fat': 'Infinity' is not a number", "ratio", "--fat", "Infinity",
                "--protein", "2", "--carb", "1"));
        c.add(cmd("ratio: 1e23", "'--fat': '1e23' is not a number", "ratio", "--fat", "1e23", "--protein", "2",
                "--carb", "1"));
        c.add(cmd("ratio: 99999999", "'--fat': '99999999' is beyond 1000000", "ratio", "--fat", "99999999",
                "--protein", "2", "--carb", "1"));
        c.add(cmd("ratio: 20 kg of fat", "--fat: 20000 is more than 10000 g", "ratio", "--fat", "20000",
                "--protein", "2", "--carb", "1"));
        c.add(cmd("ratio: decimal comma", "'--protein': '2,5' uses a decimal comma", "ratio", "--fat", "10",
                "--protein", "2,5", "--carb", "1"));
        c.add(cmd("ratio: all zero", "--fat, --protein and --carb are all 0", "ratio", "--fat", "0", "--protein",
                "0", "--carb", "0"));
        // meal
        c.add(cmd("meal: 99999999 kcal", "'--kcal': '99999999' is beyond 1000000", meal("--kcal", "99999999",
                "--ratio", "4")));
        c.add(cmd("meal: 6000 kcal", "--kcal: 6000 is more than 5000 kcal", meal("--kcal", "6000", "--ratio", "4")));
        c.add(cmd("meal: ratio 0", "--ratio: ratio 0 is outside 0\\.5 to 6", meal("--kcal", "500", "--ratio", "0")));
        c.add(cmd("meal: ratio 4:0", "--ratio: ratio '4:0' has nothing after the colon", meal("--kcal", "500",
                "--ratio", "4:0")));
        c.add(cmd("meal: step 0.5", "--step: must be 1 or 0\\.1", meal("--kcal", "500", "--ratio", "4", "--step",
                "0.5")));
        c.add(cmd("meal: ratio tolerance 5", "--ratio-tolerance: 5 is more than 1", meal("--kcal", "500", "--ratio",
                "4", "--ratio-tolerance", "5")));
        c.add(cmd("meal: a fixed amount of 99 kg", "--food 01053=99000: 99000 is more than 10000",
                "meal", "--kcal", "500", "--ratio", "4", "--food", "01053=99000", "--food", "01001"));
        c.add(cmd("meal: an unknown food", "--food.*'nosuchfood'", "meal", "--kcal", "500", "--ratio", "4",
                "--food", "nosuchfood"));
        c.add(cmd("meal: two targets", "give the target as --kcal and --ratio, or as --fat", meal("--kcal", "500",
                "--ratio", "4", "--fat", "40")));
        // formula
        String[] formula = {"formula", "--base", "ketocal-4to1-powder", "--kcal", "650", "--ratio", "4"};
        c.add(cmd("formula: 0 feeds", "--feeds: must be at least 1", concat(formula, "--weight", "7.8", "--feeds",
                "0")));
        c.add(cmd("formula: 100 feeds", "feeds must be 1 to 48", concat(formula, "--weight", "7.8", "--feeds",
                "100")));
        c.add(cmd("formula: 50 litres", "--fluid-ml: 50000 is more than 20000 ml", concat(formula, "--fluid-ml",
                "50000", "--feeds", "6")));
        c.add(cmd("formula: a weight of 1000 kg", "--weight: 1000 is more than 250 kg", concat(formula, "--weight",
                "1000", "--feeds", "6")));
        // prescribe
        c.add(cmd("prescribe: month 13", "'2026-13-01' is not a date", "prescribe", "--weight", "8", "--born",
                "2026-13-01", "--ratio", "4"));
        c.add(cmd("prescribe: year 999999999", "\\+999999999-01-01 is outside 1900 to 2199", "prescribe", "--weight",
                "8", "--born", "+999999999-01-01", "--ratio", "4"));
        c.add(cmd("prescribe: weight 1e23", "'--weight': '1e23' is not a number", "prescribe", "--weight", "1e23",
                "--age-months", "9", "--ratio", "4"));
        // plan
        c.add(cmd("plan: 0 days", "--days: must be 1 to 366", "plan", "--example", "--days", "0"));
        c.add(cmd("plan: an int too big", "'--days': '99999999999' is not an int", "plan", "--example", "--days",
                "99999999999"));
        c.add(cmd("plan: a start in year 99999", "\\+99999-01-01 is outside 1900 to 2199", "plan", "--example",
                "--start", "+99999-01-01"));
        c.add(cmd("plan: kcal tolerance 80 %", "--kcal-tolerance: 80 is more than 50%", "plan", "--example",
                "--kcal-tolerance", "80"));
        c.add(of("plan: out is a folder").file("folder/keep", "x").bad("@/folder: is a folder, not a file", "plan",
                "--example", "--days", "1", "--out", "@/folder"));
        c.add(of("plan: out already there").fixture("plan.json").file("out.json", "{}").bad("@/out.json: already "
                + "exists; use --force to overwrite it", "plan", "--example", "--days", "1", "--out", "@/out.json"));
        c.add(cmd("plan: --force onto a device", "/dev/null: is not a regular file \\(a device, pipe or socket\\); "
                + "ketoplan only replaces regular files", "plan", "--example", "--days", "1", "--out", "/dev/null",
                "--force"));
        c.add(cmd("plan check: --out without --fix", "--out: only with --fix", "plan", "check", P, "--out",
                "@/x.json"));
        // log meal
        c.add(cmd("log meal: year 99999", "--date: \\+99999-12-01 is outside 1900 to 2199", "log", "meal", "--diary",
                "@/diary", "--plan", P, "--date", "+99999-12-01", "--meal", "breakfast", "--all"));
        c.add(cmd("log meal: a date that is none", "--date: '2026-02-30' is not a date", "log", "meal", "--diary",
                "@/diary", "--plan", P, "--date", "2026-02-30", "--meal", "breakfast", "--all"));
        c.add(cmd("log meal: a day outside the plan", "--date: 2027-01-01 is outside the plan", "log", "meal",
                "--diary", "@/diary", "--plan", P, "--date", "2027-01-01", "--meal", "breakfast", "--all"));
        c.add(cmd("log meal: 5000 %", "percent: 5000 is more than 1000%", logMeal("--percent", "5000")));
        c.add(cmd("log meal: -5 %", "--percent: must not be negative", logMeal("--percent", "-5")));
        c.add(cmd("log meal: grams as words", "--food: '01123=lots'|--food: .*'lots' is not a number",
                logMeal("--food", "01123=lots")));
        c.add(cmd("log meal: 20 kg eaten", "eaten_g: 20000 is more than 10000 g", logMeal("--food", "01123=20000")));
        c.add(cmd("log meal: a note of 2000 characters", "note: has 2000 characters; the most is 1000",
                logMeal("--all", "--note", "n".repeat(2000))));
        c.add(cmd("log meal: an escape sequence as the meal", "--meal: 'break\\\\u001B\\[2Jfast' is not a meal",
                "log", "meal", "--diary", "@/diary", "--plan", P, "--date", "2026-12-01", "--meal",
                "break\u001b[2Jfast", "--all"));
        c.add(cmd("log meal: a misspelt meal", "--meal: 'brekfast' is not a meal on 2026-12-01 \\(.*breakfast.*\\); "
                + "did you mean 'breakfast'\\?$", "log", "meal", "--diary", "@/diary", "--plan", P, "--date",
                "2026-12-01", "--meal", "brekfast", "--all"));
        c.add(cmd("log meal: nothing eaten said", "--food: say what was eaten", logMeal()));
        c.add(of("log meal: the diary is a file").fixture("plan.json").file("diary", "not a folder")
                .bad("@/diary: is a file, not a folder", logMeal("--all")));
        // log day
        c.add(cmd("log day: seizures too many for an int", "'--seizures': '99999999999' is not an int",
                logDay("--seizures", "99999999999")));
        c.add(cmd("log day: 20000 seizures", "seizures: 20000 is more than 10000", logDay("--seizures", "20000")));
        c.add(cmd("log day: ketones 99", "ketones_blood_mmol: 99 is more than 30 mmol/L", logDay("--ketones", "99")));
        c.add(cmd("log day: sleep 30 hours", "sleep_hours: 30 is more than 24", logDay("--sleep", "30")));
        c.add(cmd("log day: weight 0", "--weight must be above zero", logDay("--weight", "0")));
        c.add(cmd("log day: urine 80", "--urine-ketones: 80 is more than 16 mmol/L", logDay("--urine-ketones", "80")));
        c.add(cmd("log day: nothing given", "give at least one of --seizures", logDay()));
        c.add(cmd("log day: a note with an escape", "note: holds the control character U\\+001B",
                logDay("--seizures", "1", "--note", "\u001b]0;pwned\u0007")));
        // adherence
        c.add(cmd("adherence: low above high", "--kcal-low: 120 % is above --kcal-high \\(80 %\\)$",
                adherence("--kcal-low", "120", "--kcal-high", "80")));
        c.add(cmd("adherence: ratio min -5", "--ratio-min: must not be negative", adherence("--ratio-min", "-5")));
        c.add(cmd("adherence: 5000 %", "--kcal-high: 5000 is more than 1000", adherence("--kcal-high", "5000")));
        c.add(cmd("adherence: ketone range reversed", "--ketone-range: 5 mmol/L is above --ketone-range \\(2 mmol/L\\)",
                adherence("--ketone-range", "5-2")));
        c.add(cmd("adherence: ketone range words", "--ketone-range: 'low-high'|--ketone-range: 'low' is not a "
                + "number", adherence("--ketone-range", "low-high")));
        c.add(cmd("adherence: min days 1", "--min-days: must be 3 to 3660", adherence("--min-days", "1")));
        c.add(cmd("adherence: from after to", "--from: 2026-12-03 is after the report's last day, 2026-12-01",
                adherence("--from", "2026-12-03", "--to", "2026-12-01")));
        // the report's period is checked against the plan by the domain, which names the field; the CLI its option
        c.add(cmd("adherence: from before the plan", "--from: 2026-11-01 is outside the plan \\(2026-12-01 to ",
                adherence("--from", "2026-11-01")));
        c.add(cmd("adherence: to after the plan", "--to: 2027-06-01 is outside the plan \\(2026-12-01 to ",
                adherence("--to", "2027-06-01")));
        c.add(cmd("adherence: baseline -1", "'--baseline': .*|--baseline: must not be negative",
                adherence("--baseline", "-1")));
        // food, exports
        c.add(cmd("food search: limit 0", "--limit must be 1 to 10000", "food", "search", "cream", "--limit", "0"));
        c.add(cmd("food search: limit huge", "--limit must be 1 to 10000", "food", "search", "cream", "--limit",
                "99999999"));
        c.add(cmd("remind: alarm 5000", "--alarm: must be from 0 to 1440", "remind", P, "--out", "@/m.ics",
                "--alarm", "5000"));
        c.add(cmd("remind: a time zone that is none", "--tz: 'Mars/Base' is not a time zone", "remind", P, "--out",
                "@/m.ics", "--tz", "Mars/Base"));
        c.add(cmd("export: paper a3", "'--paper': .*a3", "export", P, "--out", "@/p.xlsx", "--paper", "a3"));
        c.add(cmd("export: the plan itself", "--out: @/plan.json is the plan itself", "export", P, "--out", P,
                "--force"));
        c.add(cmd("print: a day not in the plan", "--day: 2027-01-01 is not in the plan", "print", P, "--out",
                "@/d.pdf", "--day", "2027-01-01"));
        c.add(cmd("print: to before from", "--to: 2026-12-01 is before --from 2026-12-02", "print", P, "--out",
                "@/d.pdf", "--from", "2026-12-02", "--to", "2026-12-01"));
        c.add(cmd("an argument of 20,000 characters", "an argument of 20000 characters", "food", "search",
                "x".repeat(20_000)));
        c.add(cmd("a misspelt command", "Unmatched argument at index 0: 'plna'; did you mean plan\\b.*\\(see 'ketoplan "
                + "--help'\\)$", "plna"));
        return c;
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithOneLineNamingTheOptionAndNothingWritten(Hostile.Case c) throws Exception {
        Hostile.run(c, dir);
    }
}
