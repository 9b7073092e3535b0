package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ketoplan.common.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeCommandTest {
    @TempDir
    Path dir;

    @Test
    void listShowsEveryRecipeWithSlotsAgeTextureAndProtein() {
        CliRun r = CliRun.of("recipe", "list");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("id "), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches(
                "egg-yolk-custard +Egg-yolk custard with cream +breakfast,snack +6 mo +smooth purée +egg")), r.out());
        assertTrue(r.out().contains("36 recipes."), r.out());
    }

    @Test
    void listFiltersBySlotAndAgeAsJson() throws IOException {
        CliRun r = CliRun.of("recipe", "list", "--slot", "feed", "--age", "6", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode rows = Mappers.json().readTree(r.out());
        assertEquals(3, rows.size(), r.out());
        for (JsonNode row : rows) {
            assertTrue(row.get("min_age_months").asInt() <= 6);
            assertEquals("feed", row.get("slots").get(0).asText());
            assertEquals("drink", row.get("texture").asText());
        }
    }

    @Test
    void anUnknownSlotOrNegativeAgeIsBadInput() {
        CliRun slot = CliRun.of("recipe", "list", "--slot", "brunch");
        assertEquals(ExitCodes.BAD_INPUT, slot.code());
        assertEquals("error: --slot: 'brunch' is not one of breakfast, lunch, dinner, snack, feed", slot.errLines()[0]);
        CliRun age = CliRun.of("recipe", "list", "--age", "-3");
        assertEquals(ExitCodes.BAD_INPUT, age.code());
        assertTrue(age.errLines()[0].startsWith("error: --age"), age.err());
    }

    @Test
    void aBrokenUserRecipeIsReportedWithFileAndLine() throws IOException {
        Path bad = dir.resolve("mine.yaml");
        Files.writeString(bad, """
                name: Mine
                slots: [lunch]
                min_age_months: 12
                texture: mashed
                protein_source: egg
                reference_kcal: 200
                ingredients:
                  - {food: "01123", role: protein, grams: -5}
                directions: [Cook.]
                """);
        CliRun r = CliRun.of("recipe", "list", "--recipes", bad.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals("error: " + bad + ":8: ingredients[0].grams: must not be negative (-5)", r.errLines()[0]);
    }
}
