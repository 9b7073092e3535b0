package org.ketoplan.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ketoplan.common.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecipeFileTest {
    @TempDir
    Path dir;

    /** Line numbers matter: the ingredients are on lines 8 to 11. */
    static final String GOOD = """
            name: Egg-yolk custard
            slots: [breakfast, snack]
            min_age_months: 6
            texture: smooth purée
            protein_source: egg
            reference_kcal: 160
            ingredients:
              - {food: "01125", role: protein, grams: 17, min: 10, max: 30, note: about 1 large yolk}
              - {food: "01053", role: cream, grams: 22, min: 10, max: 45}
              - {food: 01145, role: fat, grams: 4}
              - {food: "02010", role: seasoning, grams: 0.2, counted: false}
            directions:
              - Whisk.
              - Cook until set.
            """;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsEveryFieldAndTheIdFromTheFileName() throws IOException {
        LoadedRecipe l = RecipeFile.read(write("custard.yaml", GOOD));
        Recipe r = l.recipe();
        assertEquals("custard", r.id());
        assertEquals("Egg-yolk custard", r.name());
        assertEquals(List.of(Slot.BREAKFAST, Slot.SNACK), r.slots());
        assertEquals(6, r.minAgeMonths());
        assertEquals(Texture.SMOOTH_PUREE, r.texture());
        assertEquals(ProteinSource.EGG, r.proteinSource());
        assertEquals(160, r.referenceKcal());
        assertEquals(4, r.ingredients().size());
        RecipeIngredient yolk = r.ingredients().get(0);
        assertEquals("01125", yolk.food());
        assertEquals(Role.PROTEIN, yolk.role());
        assertEquals(17, yolk.grams());
        assertEquals(10, yolk.min());
        assertEquals(30, yolk.max());
        assertEquals("about 1 large yolk", yolk.note());
        assertEquals(List.of("Whisk.", "Cook until set."), r.directions());
        assertEquals(List.of(8, 9, 10, 11), l.ingredientLines());
        assertTrue(l.place(2).endsWith("custard.yaml:10"));
    }

    @Test
    void anUnquotedIdKeepsItsLeadingZeroAndBoundsDefaultToAnyAmount() throws IOException {
        RecipeIngredient butter = RecipeFile.read(write("custard.yaml", GOOD)).recipe().ingredients().get(2);
        assertEquals("01145", butter.food());
        assertEquals(0, butter.min());
        assertEquals(Double.POSITIVE_INFINITY, butter.max());
        assertTrue(butter.counted());
    }

    @Test
    void aSeasoningIsUncountedAndFixedByDefault() throws IOException {
        RecipeIngredient cinnamon = RecipeFile.read(write("custard.yaml", GOOD)).recipe().ingredients().get(3);
        assertFalse(cinnamon.counted());
        assertTrue(cinnamon.isFixed());
        assertEquals(0.2, cinnamon.min());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown role       | role: protein          | role: sauce                 | bad.yaml:8: ingredients[0].role: 'sauce' is not one of protein, fat, carbohydrate, cream, formula, liquid, seasoning
            negative grams     | grams: 17,             | grams: -5,                  | bad.yaml:8: ingredients[0].grams: must not be negative (-5)
            min above max      | min: 10, max: 30       | min: 40, max: 30            | bad.yaml:8: ingredients[0].min: 40 is above max 30
            grams outside      | grams: 17,             | grams: 35,                  | bad.yaml:8: ingredients[0].grams: 35 is outside min 10 to max 30
            decimal comma      | grams: 17,             | grams: '17,5',              | bad.yaml:8: ingredients[0].grams: '17,5' uses a decimal comma; write 17.5 with a decimal point
            unknown slot       | [breakfast, snack]     | [breakfast, brunch]         | bad.yaml:2: slots[1]: 'brunch' is not one of breakfast, lunch, dinner, snack, feed
            unknown texture    | texture: smooth purée  | texture: crunchy            | bad.yaml:4: texture: 'crunchy' is not one of smooth purée, mashed, soft pieces, finger food, drink
            too young          | texture: smooth purée  | texture: finger food        | bad.yaml:3: min_age_months: 6 is below 8, the youngest age for texture 'finger food'
            unknown field      | reference_kcal: 160    | reference_kcal: 160\\nkcal: 3 | bad.yaml:7: unknown field 'kcal' (expected one of allergens, directions, ingredients, min_age_months, name, protein_source, reference_kcal, slots, texture)
            missing field      | protein_source: egg    | protein_source_x: egg       | bad.yaml:5: unknown field 'protein_source_x' (did you mean 'protein_source'? expected one of allergens, directions, ingredients, min_age_months, name, protein_source, reference_kcal, slots, texture)
            unknown ingr field | note: about 1 large yolk | notes: yolk                | bad.yaml:8: ingredients[0]: unknown field 'notes' (did you mean 'note'? expected one of counted, food, grams, max, min, note, role)
            varying seasoning  | grams: 0.2, counted: false | grams: 0.2, max: 1, counted: false | bad.yaml:11: ingredients[3].counted: an uncounted ingredient has a fixed amount; leave out min and max
            food twice         | food: "01053"          | food: "01125"               | bad.yaml:9: ingredients[1].food: 01125 is listed twice; give it once with its whole amount
            zero size          | reference_kcal: 160    | reference_kcal: 0           | bad.yaml:6: reference_kcal: must be positive (0)
            bad YAML           | slots: [breakfast, snack] | slots: [breakfast, snack | bad.yaml:3: YAML syntax: while parsing a flow sequence, expected ',' or ']', but got :
            slot twice         | [breakfast, snack]     | [breakfast, Breakfast]      | bad.yaml:2: slots: a slot is listed twice
            no slots           | [breakfast, snack]     | []                          | bad.yaml:2: slots: give at least one of breakfast, lunch, dinner, snack, feed
            unknown source     | protein_source: egg    | protein_source: tofuu       | bad.yaml:5: protein_source: 'tofuu' is not one of meat, fish, egg, dairy, formula, plant
            unknown allergen   | reference_kcal: 160    | reference_kcal: 160\\nallergens: [egg, glutenous] | bad.yaml:7: allergens[1]: 'glutenous' is not an allergen group; use one of milk, egg, fish, crustaceans, molluscs, tree nuts, peanuts, soy, sesame, wheat, gluten, celery, mustard, sulphites, lupin
            age over 18 years  | min_age_months: 6      | min_age_months: 300         | bad.yaml:3: min_age_months: 300 is outside 0 to 216
            age not whole      | min_age_months: 6      | min_age_months: 6.5         | bad.yaml:3: min_age_months: expected a whole number of months, not 6.5
            huge size          | reference_kcal: 160    | reference_kcal: 9000        | bad.yaml:6: reference_kcal: 9000 is more than 5000 kcal, the most ketoplan accepts
            negative max       | min: 10, max: 45       | min: 0, max: -1             | bad.yaml:9: ingredients[1].max: must not be negative (-1)
            counted not yes/no | counted: false         | counted: maybe              | bad.yaml:11: ingredients[3].counted: expected true or false, not 'maybe'
            not an ingredient  | - {food: "02010", role: seasoning, grams: 0.2, counted: false} | - cinnamon | bad.yaml:11: ingredients[3]: expected an ingredient {food: ID, role: ROLE, grams: G}
            blank step         | - Whisk.               | - ' '                       | bad.yaml:12: directions: give the steps as a list of sentences
            """)
    void aMalformedFileNamesFileLineAndField(String what, String from, String to, String message) throws IOException {
        String text = GOOD.replace(from, to.replace("\\n", "\n"));
        assertTrue(!text.equals(GOOD), "the case must change the file: " + what);
        BadInputException e = assertThrows(BadInputException.class, () -> RecipeFile.read(write("bad.yaml", text)));
        assertEquals(dir.resolve("bad.yaml") + ":" + message.substring("bad.yaml:".length()), e.getMessage());
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        String text = GOOD.replace("protein_source: egg\n", "");
        BadInputException e = assertThrows(BadInputException.class, () -> RecipeFile.read(write("bad.yaml", text)));
        assertEquals(dir.resolve("bad.yaml") + ":1: missing field 'protein_source'", e.getMessage());
    }

    @Test
    void anIngredientWithoutGramsIsNamedAtItsLine() throws IOException {
        String text = GOOD.replace("{food: \"01053\", role: cream, grams: 22, min: 10, max: 45}",
                "{food: \"01053\", role: cream}");
        BadInputException e = assertThrows(BadInputException.class, () -> RecipeFile.read(write("bad.yaml", text)));
        assertEquals(dir.resolve("bad.yaml") + ":9: ingredients[1]: missing field 'grams'", e.getMessage());
    }

    @Test
    void anEmptyFileAndAWrongExtensionAreRejected() throws IOException {
        BadInputException empty = assertThrows(BadInputException.class,
                () -> RecipeFile.read(write("empty.yaml", "")));
        assertEquals(dir.resolve("empty.yaml") + ": the file is empty", empty.getMessage());
        BadInputException txt = assertThrows(BadInputException.class, () -> RecipeFile.read(write("r.txt", GOOD)));
        assertTrue(txt.getMessage().endsWith("r.txt: a recipe file's name ends in .yaml"), txt.getMessage());
    }

    @Test
    void wordsForgiveCaseAccentsAndHyphens() {
        assertEquals(Texture.SMOOTH_PUREE, Texture.parse("Smooth puree"));
        assertEquals(Texture.SMOOTH_PUREE, Texture.parse("smooth-purée"));
        assertEquals(Texture.FINGER_FOOD, Texture.parse("finger_food"));
        assertEquals(Slot.FEED, Slot.parse(" FEED "));
        assertEquals(ProteinSource.PLANT, ProteinSource.parse("Plant"));
    }
}
