package org.ketoplan.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.ketoplan.food.Allergen;
import org.junit.jupiter.api.Test;

/** A recipe written by {@link RecipeWriter} reads back as the same recipe with the strict {@link RecipeFile}. */
class RecipeWriterTest {

    @Test
    void aRecipeReadsBackAsItWasWrittenWhateverItsTexts() {
        Recipe recipe = new Recipe("custard-1", "Egg \"custard\": #1 with crème", List.of(Slot.BREAKFAST, Slot.SNACK),
                6, Texture.SMOOTH_PUREE, ProteinSource.EGG, 160.5, List.of(
                new RecipeIngredient("01125", Role.PROTEIN, 17, 10, 30, true, "about 1 large yolk, # not 2"),
                new RecipeIngredient("01053", Role.CREAM, 22.4, 0, Double.POSITIVE_INFINITY, true, ""),
                new RecipeIngredient("02010", Role.SEASONING, 0.2, 0.2, 0.2, false, "a pinch"),
                new RecipeIngredient("11090", Role.SEASONING, 3, 3, 3, true, "counted although a seasoning")),
                List.of("Whisk: yolk and cream.", "- then bake\tgently"), Set.of(Allergen.EGG, Allergen.MILK));
        String yaml = RecipeWriter.yaml(recipe, "saved\nin a test");
        assertEquals("# saved in a test", yaml.lines().findFirst().orElseThrow());
        assertEquals("  - {food: \"01053\", role: cream, grams: 22.4, min: 0}", yaml.lines()
                .filter(l -> l.contains("01053")).findFirst().orElseThrow(), "no max: unbounded");
        LoadedRecipe back = RecipeFile.read("recipes/custard-1.yaml", new ByteArrayInputStream(
                yaml.getBytes(StandardCharsets.UTF_8)), "custard-1");
        assertEquals(recipe, back.recipe());
    }

    @Test
    void stepsAreTheTextBoxsNonBlankLines() {
        assertEquals(List.of("Warm it.", "Serve."), RecipeWriter.steps(" Warm it.\r\n\n  \nServe.  "));
        assertEquals(List.of(), RecipeWriter.steps(null));
    }
}
