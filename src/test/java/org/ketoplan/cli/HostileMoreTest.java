package org.ketoplan.cli;

import static org.ketoplan.cli.Hostile.of;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs to the remaining commands: the maintainers' food importers (FoodData Central CSV folders, SR24
 * jars), {@code init}, {@code recipe} and {@code food show}.
 */
class HostileMoreTest {
    @TempDir
    Path dir;

    /** The FoodData Central fixture's files, with {@code file} replaced by {@code bytes}. */
    private static Map<String, byte[]> fdc(String file, byte[] bytes) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String f : List.of("food.csv", "food_category.csv", "food_nutrient.csv", "food_portion.csv",
                "measure_unit.csv", "nutrient.csv")) {
            files.put("fdc/" + f, read(f));
        }
        files.put("fdc/" + file, bytes);
        return files;
    }

    private static String fdcText(String file) {
        return new String(read(file), StandardCharsets.UTF_8);
    }

    private static byte[] read(String file) {
        try {
            return HostileMoreTest.class.getResourceAsStream("/fdc/" + file).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Hostile.Case fdcCase(String name, String file, byte[] bytes, String place) {
        Hostile.Builder b = of("import-fdc: " + name);
        fdc(file, bytes).forEach(b::file);
        return b.bad(place, "food", "import-fdc", "@/fdc", "--out", "@/out");
    }

    static List<Hostile.Case> cases() {
        List<Hostile.Case> c = new ArrayList<>();
        String food = fdcText("food.csv");
        c.add(fdcCase("food.csv not UTF-8", "food.csv", food.replace("Butter, salted", "Beurre sal\u00e9")
                .getBytes(StandardCharsets.ISO_8859_1), "food\\.csv:\\d+: not UTF-8 text at or after this line"));
        c.add(fdcCase("food.csv without its description column", "food.csv", food.replace("\"description\"",
                "\"name\"").getBytes(StandardCharsets.UTF_8), "food\\.csv:1: missing column 'description'"));
        c.add(fdcCase("food.csv empty", "food.csv", new byte[0], "food\\.csv:1: the file is empty"));
        c.add(fdcCase("an unclosed quote", "food.csv", food.replace("\"Butter, salted\"", "\"Butter, salted")
                .getBytes(StandardCharsets.UTF_8), "food\\.csv:\\d+: "));
        c.add(of("import-fdc: not a folder").file("fdc", "x").bad("@/fdc", "food", "import-fdc", "@/fdc", "--out",
                "@/out"));
        c.add(of("import-sr24: a text file as the jar").file("sr24.jar", "not a jar").bad("@/sr24\\.jar: ", "food",
                "import-sr24", "@/sr24.jar", "--out", "@/out"));
        c.add(of("import-sr24: an empty jar").file("sr24.jar", new byte[0]).bad("@/sr24\\.jar: ", "food",
                "import-sr24", "@/sr24.jar", "--out", "@/out"));
        c.add(of("init: onto an existing file").file("p.yaml", "name: mine\n").bad("@/p\\.yaml: already exists; use "
                + "--force", "init", "@/p.yaml"));
        c.add(of("init: --force onto a device").bad("/dev/null: is not a regular file", "init", "/dev/null",
                "--force"));
        c.add(of("init: into a folder").file("folder/x", "x").bad("@/folder: is a folder", "init", "@/folder"));
        c.add(of("recipe show: an unknown recipe").bad("'no-such-recipe'", "recipe", "show", "no-such-recipe"));
        c.add(of("recipe fit: a misspelt patient file").file("p.yaml", Hostile.PATIENT.replace("weight_kg",
                "weigth_kg")).bad("@/p\\.yaml:3: unknown field 'weigth_kg'", "recipe", "fit", "egg-yolk-custard",
                "--patient", "@/p.yaml", "--meal", "breakfast"));
        c.add(of("recipe list: --recipes with a duplicate key").file("r/x.yaml", Hostile.RECIPE.replace(
                "min_age_months: 6\n", "min_age_months: 6\nmin_age_months: 60\n")).bad("@/r/x\\.yaml:4: field "
                + "'min_age_months' is given twice", "recipe", "list", "--recipes", "@/r"));
        c.add(of("food show: an escape sequence").bad("unknown food 'mi\\\\u001B\\[31mlk'", "food", "show",
                "mi\u001b[31mlk"));
        c.add(of("food search: --foods with an alias").file("f.yaml", Hostile.FOODS.replace(
                "    name: Almond bread (clinic recipe)", "    name: *n")).bad("@/f\\.yaml:3: foods\\[0\\]\\.name: YAML "
                + "aliases", "food", "search", "bread", "--foods", "@/f.yaml"));
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithOneLineNamingThePlaceAndNothingWritten(Hostile.Case c) throws Exception {
        Files.createDirectories(dir);
        Hostile.run(c, dir);
    }
}
