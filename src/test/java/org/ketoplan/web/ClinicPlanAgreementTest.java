package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.ketoplan.cli.CliRun;
import org.junit.jupiter.api.Test;

/**
 * The CLI and the browser agree with the clinic's foods and recipes: a week planned in the browser is the plan.json
 * of {@code plan --patients DIR --foods DIR/foods --recipes DIR/recipes}, byte for byte.
 */
class ClinicPlanAgreementTest extends ServedFolder {

    @Test
    void theBrowsersPlanWithClinicFoodsAndRecipesIsTheClis() throws Exception {
        Path tom = Fixtures.child(dir, "tom");
        assertEquals(303, s.upload("/clinic-foods/upload", "file", "clinic.yaml",
                ClinicFoodsTest.FOODS.getBytes(StandardCharsets.UTF_8)).status());
        // a clinic recipe on the clinic's custard base, for every meal of the day
        WebSession.Response r = s.post("/p/tom/meal/recipe", "slot", "breakfast", "food", "clinic-custard-base",
                "amount", "60", "food", "01123", "amount", "25", "food", "09302", "amount", "15", "recipe_form", "1",
                "recipe_name", "Clinic custard with egg and raspberries", "recipe_slot", "breakfast",
                "recipe_slot", "lunch", "recipe_slot", "dinner", "recipe_texture", "mashed", "recipe_protein", "egg",
                "recipe_directions", "Whisk the egg into the warm custard base until it thickens; add the raspberries.");
        assertEquals(200, r.status(), String.valueOf(Jsoup.parse(r.body()).getElementById("recipe-problem")));
        assertEquals(303, s.post("/p/tom/plan", "mode", "new", "days", "7", "start", "2026-12-01").status());
        byte[] web = Files.readAllBytes(tom.resolve("plan.json"));
        String json = new String(web, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"clinic-custard-with-egg-and-raspberries\""), "the planner used the clinic recipe");
        assertTrue(json.contains("\"clinic-custard-base\""), "and so the clinic food");

        Path other = dir.resolveSibling(dir.getFileName() + "-cli");
        Files.createDirectories(other.resolve("tom"));
        Files.copy(tom.resolve("patient.yaml"), other.resolve("tom/patient.yaml"));
        try {
            CliRun cli = CliRun.of("plan", "--patients", other.toString(), "--foods", dir.resolve("foods").toString(),
                    "--recipes", dir.resolve("recipes").toString(), "--days", "7", "--start", "2026-12-01", "-q");
            assertEquals(0, cli.code(), cli.err());
            assertArrayEquals(Files.readAllBytes(other.resolve("tom/plan.json")), web);
            // and plan check in both: the same verdict on the same file
            CliRun check = CliRun.of("plan", "check", other.resolve("tom/plan.json").toString(), "--foods",
                    dir.resolve("foods").toString(), "--recipes", dir.resolve("recipes").toString());
            assertEquals(0, check.code(), check.err() + check.out());
        } finally {
            try (var walk = Files.walk(other)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
