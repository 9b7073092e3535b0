package org.ketoplan.cli;

import static org.ketoplan.cli.Hostile.FOODS;
import static org.ketoplan.cli.Hostile.PATIENT;
import static org.ketoplan.cli.Hostile.RECIPE;
import static org.ketoplan.cli.Hostile.of;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile YAML files (patient files, recipes, user foods): each is refused with exit 2 and one line naming the file,
 * the line and the field, and no file is written. Every case states what it tries.
 */
class HostileYamlTest {
    @TempDir
    Path dir;

    private static final String[] PRESCRIBE = {"prescribe", "--patient", "@/p.yaml"};
    private static final String[] PLAN = {"plan", "--patient", "@/p.yaml", "--days", "1", "--out", "@/out.json"};
    private static final String[] RECIPE_MEAL = {"meal", "--recipe", "@/r.yaml", "--kcal", "160", "--ratio", "4"};
    private static final String[] FOOD_SEARCH = {"food", "search", "almond", "--foods", "@/f.yaml"};

    /** A patient file with {@code from} replaced by {@code to}. */
    private static Hostile.Case patient(String name, String from, String to, String place) {
        if (!PATIENT.contains(from)) {
            throw new IllegalArgumentException(name + ": '" + from + "' is not in the patient file");
        }
        return of("patient: " + name).file("p.yaml", PATIENT.replace(from, to)).bad(place, PRESCRIBE);
    }

    private static Hostile.Case recipe(String name, String from, String to, String place) {
        if (!RECIPE.contains(from)) {
            throw new IllegalArgumentException(name + ": '" + from + "' is not in the recipe");
        }
        return of("recipe: " + name).file("r.yaml", RECIPE.replace(from, to)).bad(place, RECIPE_MEAL);
    }

    private static Hostile.Case foods(String name, String from, String to, String place) {
        if (!FOODS.contains(from)) {
            throw new IllegalArgumentException(name + ": '" + from + "' is not in the food file");
        }
        return of("foods: " + name).file("f.yaml", FOODS.replace(from, to)).bad(place, FOOD_SEARCH);
    }

    static List<Hostile.Case> cases() {
        List<Hostile.Case> c = new ArrayList<>();
        String p = "@/p.yaml";
        // the patient file
        c.add(patient("duplicate weight", "weight_kg: 7.8\n", "weight_kg: 7.8\nweight_kg: 78\n",
                p + ":4: field 'weight_kg' is given twice \\(also on line 3\\)"));
        c.add(patient("duplicate nested key", "carbs: net\n", "carbs: net\n  carbs: total\n",
                p + ":8: prescription: field 'carbs' is given twice"));
        c.add(patient("alias for the name", "name: Example Baby\n", "name: &n Example Baby\nnote_alias: *n\n",
                p + ":2: note_alias: YAML aliases \\(\\*n\\) are not accepted"));
        c.add(patient("anchor on a block", "prescription:\n", "prescription: &rx\n",
                p + ":4: prescription: YAML anchors \\(&rx\\) are not accepted"));
        c.add(patient("merge key", "exclude_foods: [egg]\n", "base: &b {ratio: 3}\nexclude_foods: [egg]\n",
                p + ":14: base: YAML anchors"));
        c.add(patient("tag", "weight_kg: 7.8", "weight_kg: !!str 7.8", p + ":3: weight_kg: YAML tags"));
        c.add(patient("python tag", "weight_kg: 7.8", "weight_kg: !!python/object:os.system 7.8",
                p + ":3: weight_kg: YAML tags"));
        c.add(patient("second document", "time_zone: Europe/London\n", "time_zone: Europe/London\n---\nname: x\n",
                p + ":17: a second YAML document"));
        c.add(patient("misspelt weight", "weight_kg: 7.8", "weigth_kg: 7.8",
                p + ":3: unknown field 'weigth_kg' \\(did you mean 'weight_kg'\\?"));
        c.add(patient("misspelt nested field", "carbs: net", "carb: net",
                p + ":7: prescription: unknown field 'carb' \\(did you mean 'carbs'\\?"));
        c.add(patient("unknown field in a meal", "{name: lunch, time: \"12:00\", share: 0.25}",
                "{name: lunch, tme: \"12:00\", share: 0.25}", p + ":10: prescription.meals\\[1\\]: unknown field 'tme'"));
        c.add(patient("weight .nan", "weight_kg: 7.8", "weight_kg: .nan", p + ":3: weight_kg: '.nan' is not a finite"));
        c.add(patient("weight .inf", "weight_kg: 7.8", "weight_kg: .inf", p + ":3: weight_kg: '.inf' is not a finite"));
        c.add(patient("weight as text", "weight_kg: 7.8", "weight_kg: heavy", p + ":3: weight_kg: 'heavy' is not a"));
        c.add(patient("weight with a decimal comma", "weight_kg: 7.8", "weight_kg: 7,8",
                p + ":3: weight_kg: '7,8' uses a decimal comma"));
        c.add(patient("age months huge", "born: 2026-03-10", "age_months: 99999999999",
                p + ":2: age_months: "));
        c.add(patient("born year 999999999", "born: 2026-03-10", "born: +999999999-03-10", p + ":2: born: "));
        c.add(patient("born not a date", "born: 2026-03-10", "born: yesterday", p + ":2: born: "));
        c.add(patient("control character in the name", "name: Example Baby", "name: \"Example \\e[31mBaby\"",
                p + ":1: name: the text holds the control character U\\+001B"));
        c.add(patient("C1 control character in the name", "name: Example Baby", "name: \"Example \\x9bBaby\"",
                p + ":1: name: the text holds the control character U\\+009B"));
        c.add(patient("name of 300 characters", "name: Example Baby", "name: " + "x".repeat(300),
                p + ":1: name: has 300 characters; the most is 200"));
        c.add(patient("text of 20,000 characters", "name: Example Baby", "name: " + "x".repeat(20_000),
                p + ":1: name: text of 20000 characters; the most is 10000"));
        c.add(patient("unclosed quote", "name: Example Baby", "name: \"Example", p + ":\\d+: YAML syntax: "));
        c.add(patient("tab indentation", "  ratio: \"4:1\"", "\tratio: \"4:1\"", p + ":5: YAML syntax: "));
        c.add(patient("a list, not a block", "name: Example Baby\n", "- name: Example Baby\n", p + ":\\d+: "));
        c.add(patient("meal time 25:00", "time: \"12:00\"", "time: \"25:00\"",
                p + ":10: prescription.meals\\[1\\].time: '25:00' is not a time of day"));
        c.add(patient("half a dose", "doses_per_day: 2,", "doses_per_day: 2.5,",
                p + ":13: medicines\\[0\\].doses_per_day: '2.5' is not a whole number"));
        c.add(patient("medicine carbohydrate huge", "carb_mg_per_dose: 120,", "carb_mg_per_dose: 1000000000000,",
                p + ":13: medicines\\[0\\].carb_mg_per_dose: .*more than 100000 mg"));
        c.add(patient("bogus time zone", "time_zone: Europe/London", "time_zone: Mars/Olympus",
                p + ":15: time_zone: 'Mars/Olympus' is not a valid"));
        c.add(patient("deep nesting", "exclude_foods: [egg]", "exclude_foods: " + "[".repeat(60) + "]".repeat(60),
                p + ":14: exclude_foods.*nested more than 32 levels deep"));
        c.add(of("patient: empty file").file("p.yaml", "").bad(p + ": the file is empty", PRESCRIBE));
        c.add(of("patient: only a comment").file("p.yaml", "# nothing\n").bad(p + ": the file is empty", PRESCRIBE));
        c.add(of("patient: not UTF-8").file("p.yaml", PATIENT.replace("Example Baby", "Zo\u00eb")
                .getBytes(StandardCharsets.ISO_8859_1)).bad(p + ":1: not UTF-8 text \\(byte 0xEB at column 9\\)",
                PRESCRIBE));
        c.add(of("patient: binary garbage").file("p.yaml", new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 3})
                .bad(p + ":1: not UTF-8 text", PRESCRIBE));
        c.add(of("patient: a folder").file("p.yaml/x", "x").bad(p + ": is a folder", PRESCRIBE));
        c.add(of("patient: no such file").bad("@/none.yaml: no such file", "prescribe", "--patient",
                "@/none.yaml"));
        c.add(of("patient: larger than 1 MiB").file("p.yaml", PATIENT + "# " + "x".repeat(1 << 20) + "\n")
                .bad(p + ": is larger than 1 MiB", PRESCRIBE));
        c.add(of("plan from a patient file with a duplicate").file("p.yaml", PATIENT.replace("weight_kg: 7.8\n",
                "weight_kg: 7.8\nweight_kg: 78\n")).bad(p + ":4: field 'weight_kg' is given twice", PLAN));
        c.add(of("meal from a misspelt patient file").file("p.yaml", PATIENT.replace("weight_kg", "weigth_kg"))
                .bad(p + ":3: unknown field 'weigth_kg'", "meal", "--patient", p, "--meal", "breakfast", "--food",
                        "01053", "--food", "01001", "--food", "05064", "--food", "11090"));

        // recipe files
        String r = "@/r.yaml";
        c.add(recipe("duplicate grams", "grams: 17,", "grams: 17, grams: 170,",
                r + ":8: ingredients\\[0\\]: field 'grams' is given twice"));
        c.add(recipe("alias for a food", "{food: \"01053\", role: cream", "{food: *yolk, role: cream",
                r + ":9: ingredients\\[1\\].food: YAML aliases"));
        c.add(recipe("misspelt field", "reference_kcal: 160", "referenc_kcal: 160",
                r + ":6: unknown field 'referenc_kcal' \\(did you mean 'reference_kcal'\\?"));
        c.add(recipe("grams 1e9", "grams: 17,", "grams: 1e9,", r + ":8: ingredients\\[0\\]\\.grams: .*more than"));
        c.add(recipe("grams .nan", "grams: 17,", "grams: .nan,", r + ":8: ingredients\\[0\\]\\.grams: '.nan'"));
        c.add(recipe("negative grams", "grams: 22,", "grams: -22,", r + ":9: ingredients\\[1\\]\\.grams: "));
        c.add(recipe("reference kcal 1e7", "reference_kcal: 160", "reference_kcal: 10000000",
                r + ":6: reference_kcal: .*more than 5000"));
        c.add(recipe("age 99999", "min_age_months: 6", "min_age_months: 99999", r + ":3: min_age_months: "));
        c.add(recipe("control character in a direction", "  - Whisk", "  - \"\\u0007Whisk",
                r + ":\\d+: (directions\\[0\\]: the text holds the control character U\\+0007|YAML syntax)"));
        c.add(recipe("unknown slot", "slots: [breakfast, snack]", "slots: [brunch]", r + ":2: slots\\[0\\]: "));
        c.add(recipe("second document", "directions:\n", "---\ndirections:\n", r + ":\\d+: "));
        c.add(recipe("unclosed list", "slots: [breakfast, snack]", "slots: [breakfast, snack",
                r + ":\\d+: YAML syntax"));
        c.add(of("recipe: not UTF-8").file("r.yaml", RECIPE.getBytes(StandardCharsets.ISO_8859_1))
                .bad(r + ":4: not UTF-8 text", RECIPE_MEAL));
        c.add(of("recipe: empty").file("r.yaml", "").bad(r + ": the file is empty", RECIPE_MEAL));
        c.add(of("recipe: a number, not a recipe").file("r.yaml", "42\n").bad(r + ":1: expected the fields",
                RECIPE_MEAL));

        // user food files
        String f = "@/f.yaml";
        c.add(foods("duplicate fat", "fat_g: 45.0,", "fat_g: 45.0, fat_g: 4.5,",
                f + ":4: foods\\[0\\].per_100g: field 'fat_g' is given twice"));
        c.add(foods("duplicate id field", "    name: Almond", "    id: other\n    name: Almond",
                f + ":3: foods\\[0\\]: field 'id' is given twice"));
        c.add(foods("alias for the values", "    per_100g: {", "    per_100g: &v {",
                f + ":4: foods\\[0\\].per_100g: YAML anchors"));
        c.add(foods("alias name", "    name: Almond bread (clinic recipe)", "    name: *x",
                f + ":3: foods\\[0\\].name: YAML aliases"));
        c.add(foods("misspelt per_100g", "per_100g", "per_100gram", f + ":4: foods\\[0\\]: unknown field 'per_100gram'"));
        c.add(foods("unknown nutrient", "fibre_g: 4.0", "fiber_g: 4.0",
                f + ":4: foods\\[0\\].per_100g.fiber_g: unknown nutrient"));
        c.add(foods("fat 500 g per 100 g", "fat_g: 45.0", "fat_g: 500", f + ":4: foods\\[0\\].per_100g.fat_g: "
                + "500 g is more than 100 g per 100"));
        c.add(foods("kcal 1e23", "kcal: 520", "kcal: 1e23", f + ":4: foods\\[0\\].per_100g.kcal: .*more than 1000"));
        c.add(foods("negative protein", "protein_g: 18.0", "protein_g: -18", f + ":4: foods\\[0\\].per_100g.protein_g: "
                + "must not be negative"));
        c.add(foods("fat .nan", "fat_g: 45.0", "fat_g: .nan", f + ":4: foods\\[0\\].per_100g.fat_g: '.nan'"));
        c.add(foods("fat as text", "fat_g: 45.0", "fat_g: plenty", f + ":4: foods\\[0\\].per_100g.fat_g: "));
        c.add(foods("decimal comma", "fat_g: 45.0", "fat_g: \"45,0\"", f + ":4: foods\\[0\\].per_100g.fat_g: '45,0' "
                + "uses a decimal comma"));
        c.add(foods("measure of 1e9 g", "grams: 30", "grams: 1e9", f + ":5: foods\\[0\\].measures\\[0\\].grams: "));
        c.add(foods("control character in a name", "    name: Almond bread (clinic recipe)",
                "    name: \"Almond\\e]0;pwned\\a bread\"", f + ":3: foods\\[0\\].name: the text holds the control "));
        c.add(foods("id of 300 characters", "- id: clinic-almond-bread", "- id: " + "a".repeat(300),
                f + ":2: foods\\[0\\].id: has 300 characters"));
        c.add(foods("missing source", "    source: clinic kitchen, 2026\n", "",
                f + ":2: foods\\[0\\]: missing field 'source'"));
        c.add(foods("an id of a shipped food", "- id: clinic-almond-bread", "- id: \"01001\"",
                f + ":2: food id '01001' is already taken"));
        c.add(of("foods: not UTF-8").file("f.yaml", FOODS.replace("Almond", "Mand\u00e9l")
                .getBytes(StandardCharsets.ISO_8859_1)).bad(f + ":3: not UTF-8 text", FOOD_SEARCH));
        c.add(of("foods: truncated").file("f.yaml", FOODS.substring(0, FOODS.indexOf("carbohydrate")))
                .bad(f + ":\\d+: YAML syntax", FOOD_SEARCH));
        // a folder is read as its *.yaml files (a clinic workspace's foods/), each as strictly as one file
        c.add(of("foods: a folder with a bad file").file("f.yaml/x.yaml", "x").bad(f + "/x.yaml:1: expected 'foods:' "
                + "with a list of foods", FOOD_SEARCH));
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithOneLineNamingThePlaceAndNothingWritten(Hostile.Case c) throws Exception {
        Hostile.run(c, dir);
    }
}
