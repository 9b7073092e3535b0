package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ketoplan.common.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meal --recipe}: a recipe composed to a target given on the command line. */
class MealRecipeTest {
    @TempDir
    Path dir;

    @Test
    void aShippedRecipeIsComposedToATargetGivenAsKcalAndRatio() throws Exception {
        CliRun r = CliRun.of("meal", "--recipe", "apple-ricotta-cream-puree", "--kcal", "200", "--ratio", "3:1",
                "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode j = Mappers.json().readTree(r.out());
        assertEquals("apple-ricotta-cream-puree", j.get("recipe").asText());
        assertTrue(j.get("within_tolerance").asBoolean());
        // the bands: ratio 3 +- 0.1, kcal 200 +- 5 % = 190 to 210
        double ratio = j.get("ratio").asDouble();
        double kcal = j.get("kcal").asDouble();
        assertTrue(ratio >= 2.9 && ratio <= 3.1, "ratio " + ratio);
        assertTrue(kcal >= 190 && kcal <= 210, "kcal " + kcal);
        // its totals are the sum of its counted foods: fat, protein and carbohydrate, then 9/4/4 kcal
        double fat = 0;
        double protein = 0;
        double carb = 0;
        for (JsonNode f : j.get("foods")) {
            if (f.get("counted").asBoolean()) {
                fat += f.get("fat_g").asDouble();
                protein += f.get("protein_g").asDouble();
                carb += f.get("carb_g").asDouble();
            }
        }
        assertEquals(9 * fat + 4 * protein + 4 * carb, kcal, 0.5);
        assertTrue(j.get("directions").size() > 0);
    }

    @Test
    void aRecipeFileIsReadAndItsFoodsChecked() throws Exception {
        Path file = dir.resolve("cream-butter.yaml");
        Files.writeString(file, """
                name: Cream and butter test dish
                slots: [snack]
                min_age_months: 12
                texture: drink
                protein_source: dairy
                reference_kcal: 100
                ingredients:
                  - {food: "01053", role: cream, grams: 20, min: 5, max: 60}
                  - {food: "01145", role: fat, grams: 3, min: 0, max: 10}
                  - {food: "01211", role: protein, grams: 15, min: 5, max: 60}
                directions:
                  - Whisk and serve cold.
                """);
        // cream, butter and milk bring protein with carbohydrate (whole milk 3.15 g to 4.8 g per 100 g): at 2:1 and
        // 100 kcal (4.55 units) the default 1.5 g protein would need 3.05 g carbohydrate, more than the milk allowed
        // by the protein band brings; 1.8 g protein leaves 2.75 g, which it can
        CliRun ok = CliRun.of("meal", "--recipe", file.toString(), "--kcal", "100", "--ratio", "2", "--protein", "1.8");
        assertEquals(ExitCodes.OK, ok.code(), ok.err());
        assertTrue(ok.out().contains("Cream and butter test dish"), ok.out());

        Files.writeString(file, Files.readString(file).replace("\"01211\"", "\"01299x\""));
        CliRun bad = CliRun.of("meal", "--recipe", file.toString(), "--kcal", "100", "--ratio", "2");
        assertEquals(ExitCodes.BAD_INPUT, bad.code());
        assertTrue(bad.err().startsWith("error: " + file + ":10: ingredients[2].food: unknown food '01299x'"),
                bad.err());
    }

    @Test
    void aRecipeAndFoodsTogetherAreRefused() {
        CliRun r = CliRun.of("meal", "--recipe", "egg-yolk-custard", "--food", "01001", "--kcal", "200", "--ratio",
                "3");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--recipe: not with --food or --uncounted"), r.err());
    }

    @Test
    void neitherFoodsNorRecipeIsRefused() {
        CliRun r = CliRun.of("meal", "--kcal", "200", "--ratio", "3");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--food: missing (give the meal's foods, or --recipe)"), r.err());
    }
}
