package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.ketoplan.cli.CliRun;
import org.ketoplan.recipe.LoadedRecipe;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.RecipeFile;
import org.ketoplan.recipe.RecipeIngredient;
import org.ketoplan.recipe.Role;
import org.ketoplan.recipe.Slot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Save as a recipe" in the meal builder: the file, its defaults, refusals, and the recipe used by plans and the CLI. */
class RecipeSaveTest extends ServedFolder {

    @BeforeEach
    void child() {
        Fixtures.child(dir, "tom");
    }

    /**
     * README's meal as the lunch of the 5-year-old (Fixtures.CHILD): 12 g cream 01053, 55 g unsalted butter 01145
     * (salted butter 01001 would be refused: the recipe's youngest age, 8 months, is under the added-salt rule's 12;
     * SR24 gives both butters the same fat, protein and carbohydrate), 25 g chicken 05064, 53 g broccoli 11090 =
     * 501.1 kcal at 4.02:1 (MealBuilderTest works it out), then the recipe's fields.
     */
    static List<String> form(String... fields) {
        List<String> f = new ArrayList<>(List.of("slot", "lunch", "food", "01053", "amount", "12", "food", "01145",
                "amount", "55", "food", "05064", "amount", "25", "food", "11090", "amount", "53", "recipe_form", "1",
                "recipe_name", "Chicken, broccoli and butter", "recipe_slot", "lunch", "recipe_slot", "dinner",
                "recipe_texture", "soft pieces", "recipe_protein", "meat",
                "recipe_directions", "Steam the broccoli.\nDice the chicken.\n\nServe with the butter melted over."));
        f.addAll(List.of(fields));
        return f;
    }

    private WebSession.Response save(List<String> form) {
        return s.post("/p/tom/meal/recipe", form.toArray(String[]::new));
    }

    @Test
    void theMealBecomesARecipeFileWithItsDefaultsAndPlansAndTheCliUseIt() throws Exception {
        Document page = Jsoup.parse(s.get("/p/tom/meal?slot=lunch").body());
        assertTrue(page.getElementById("recipe-name") != null, "the builder has the recipe form");
        // the defaults shown with the foods: the planner's slot of 'lunch', soft pieces at 5 years, roles by food
        Document d = Jsoup.parse(s.fetch("/p/tom/meal/check", "slot", "lunch", "food", "01053", "amount", "12",
                "food", "01145", "amount", "55", "food", "05064", "amount", "25", "food", "11090", "amount", "53")
                .body());
        assertEquals("cream", d.selectFirst("#role-01053 option[selected]").val());
        assertEquals("fat", d.selectFirst("#role-01145 option[selected]").val());
        assertEquals("protein", d.selectFirst("#role-05064 option[selected]").val());
        assertEquals("carbohydrate", d.selectFirst("#role-11090 option[selected]").val());
        assertEquals("meat", d.selectFirst("#recipe-protein option[selected]").val());
        assertEquals("soft pieces", d.selectFirst("#recipe-texture option[selected]").val());
        assertEquals("lunch", d.selectFirst("input[name=recipe_slot][checked]").val());
        // half to twice the amount: 53 g broccoli -> 26 (26.5 down) to 106
        assertEquals("26", d.getElementById("min-11090").attr("placeholder"));
        assertEquals("106", d.getElementById("max-11090").attr("placeholder"));

        WebSession.Response r = save(form("max:05064", "40"));
        assertEquals(200, r.status(), String.valueOf(Jsoup.parse(r.body()).getElementById("recipe-problem")));
        Document saved = Jsoup.parse(r.body());
        assertTrue(saved.getElementById("recipe-saved").text().startsWith("Saved recipes/chicken-broccoli-and-butter"
                + ".yaml."), saved.text());
        Path file = dir.resolve("recipes/chicken-broccoli-and-butter.yaml");
        LoadedRecipe loaded = RecipeFile.read(file);
        Recipe recipe = loaded.recipe();
        assertEquals("Chicken, broccoli and butter", recipe.name());
        assertEquals(List.of(Slot.LUNCH, Slot.DINNER), recipe.slots());
        assertEquals(8, recipe.minAgeMonths(), "soft pieces: from 8 months");
        assertEquals(501.1, recipe.referenceKcal(), 1e-9, "the meal's kcal");
        assertEquals(new RecipeIngredient("01053", Role.CREAM, 12, 6, 24, true, ""), recipe.ingredients().get(0));
        assertEquals(new RecipeIngredient("01145", Role.FAT, 55, 27, 110, true, ""), recipe.ingredients().get(1));
        assertEquals(new RecipeIngredient("05064", Role.PROTEIN, 25, 12, 40, true, ""), recipe.ingredients().get(2),
                "the largest amount as typed");
        assertEquals(List.of("Steam the broccoli.", "Dice the chicken.", "Serve with the butter melted over."),
                recipe.directions());

        // the Foods page lists it; the plan's swap list offers it for lunch and tea (dinner), not breakfast
        assertTrue(s.get("/clinic-foods").body().contains("chicken-broccoli-and-butter"));
        assertEquals(303, s.post("/p/tom/plan", "mode", "new", "days", "7", "start", "2026-12-01").status());
        Document plan = Jsoup.parse(s.get("/p/tom/plan").body());
        assertFalse(plan.select("#swap-2026-12-01-lunch option[value=chicken-broccoli-and-butter]").isEmpty());
        assertFalse(plan.select("#swap-2026-12-01-tea option[value=chicken-broccoli-and-butter]").isEmpty());
        assertTrue(plan.select("#swap-2026-12-01-breakfast option[value=chicken-broccoli-and-butter]").isEmpty());
        WebSession.Response swapped = s.post("/p/tom/plan/meal", "action", "swap", "date", "2026-12-01", "slot",
                "lunch", "recipe", "chicken-broccoli-and-butter");
        assertEquals(200, swapped.status(), swapped.body());
        assertTrue(Files.readString(dir.resolve("tom/plan.json")).contains("chicken-broccoli-and-butter"));

        // the command line with --recipes reads the same recipe
        CliRun cli = CliRun.of("recipe", "show", "chicken-broccoli-and-butter", "--recipes",
                dir.resolve("recipes").toString());
        assertEquals(0, cli.code(), cli.err());
        assertTrue(cli.out().contains("Chicken, broccoli and butter"), cli.out());
    }

    @Test
    void aProblemIsShownBesideItsFieldAndNothingIsWritten() {
        WebSession.Response r = save(form("min:01145", "60", "max:01145", "50"));
        assertEquals(400, r.status());
        Document d = Jsoup.parse(r.body());
        assertEquals("Not saved: ingredients[1].min: 60 is above max 50", d.getElementById("recipe-problem").text());
        assertEquals("ingredients[1].min: 60 is above max 50", d.getElementById("problem-01145").text(),
                "beside the butter's row");
        assertEquals("60", d.getElementById("min-01145").val(), "the form keeps what was typed");

        r = save(form("recipe_age", "6"));
        assertEquals(400, r.status());
        d = Jsoup.parse(r.body());
        assertEquals("recipes/chicken-broccoli-and-butter.yaml: min_age_months: 6 is below 8, the youngest age for "
                + "texture 'soft pieces'", d.getElementById("recipe-age-error").text());

        List<String> noSteps = form();
        noSteps.set(noSteps.indexOf("recipe_directions") + 1, " \n ");
        d = Jsoup.parse(save(noSteps).body());
        assertTrue(d.getElementById("recipe-directions-error").text().endsWith(
                "directions: give the steps as a list of sentences"), d.text());
        List<String> salted = form();
        salted.set(salted.indexOf("01145"), "01001");
        d = Jsoup.parse(save(salted).body());
        assertTrue(d.getElementById("problem-01001").text().startsWith("recipes/chicken-broccoli-and-butter.yaml:10: "
                + "ingredients[1].food: 01001 (Butter, salted): added salt not under 12 months (this child: 8 months)"),
                "the recipe's foods are checked at its own youngest age, as the commands check a recipe file");
        assertFalse(Files.exists(dir.resolve("recipes")), "nothing written");
    }

    @Test
    void anExistingRecipeIsReplacedOnlyWhenAskedAndAShippedIdIsRefused() throws Exception {
        assertEquals(200, save(form()).status());
        Path file = dir.resolve("recipes/chicken-broccoli-and-butter.yaml");
        String before = Files.readString(file);
        WebSession.Response r = save(form("recipe_texture", "mashed"));
        assertEquals(400, r.status());
        assertEquals("id: recipes/chicken-broccoli-and-butter.yaml exists already; tick \"replace the recipe of the "
                + "same id\" to replace it; nothing was written", Jsoup.parse(r.body()).getElementById("recipe-id-error")
                .text());
        assertEquals(before, Files.readString(file));
        List<String> mashed = form("recipe_replace", "yes");
        mashed.set(mashed.indexOf("recipe_texture") + 1, "mashed");
        assertEquals(200, save(mashed).status());
        assertTrue(Files.readString(file).contains("texture: \"mashed\""));

        r = save(form("recipe_id", "egg-yolk-custard"));
        assertEquals(400, r.status());
        assertEquals("id: 'egg-yolk-custard' is the id of a shipped recipe (Egg-yolk custard with cream); choose "
                + "another id", Jsoup.parse(r.body()).getElementById("recipe-id-error").text());
        assertFalse(Files.exists(dir.resolve("recipes/egg-yolk-custard.yaml")));
    }

    @Test
    void theChildsSafetyRulesApply() throws Exception {
        Files.writeString(dir.resolve("tom/patient.yaml"), Fixtures.CHILD + "allergies: [milk]\n");
        WebSession.Response r = save(form());
        assertEquals(400, r.status());
        String said = Jsoup.parse(r.body()).getElementById("recipe-problem").text();
        assertTrue(said.startsWith("Not saved: 01053 (Cream, fluid, heavy whipping) contains milk"), said);
        assertFalse(Files.exists(dir.resolve("recipes")));
    }
}
