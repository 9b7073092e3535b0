package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        assertTrue(r.out().contains("61 recipes."), r.out());
    }

    @Test
    void listFiltersBySlotAndAgeAsJson() throws IOException {
        CliRun r = CliRun.of("recipe", "list", "--slot", "feed", "--age", "6", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode rows = Mappers.json().readTree(r.out());
        // the four shipped feeds from birth and the three infant feeds made with infant formula or breast milk
        assertEquals(7, rows.size(), r.out());
        for (JsonNode row : rows) {
            assertTrue(row.get("min_age_months").asInt() <= 6);
            assertEquals("feed", row.get("slots").get(0).asText());
            assertEquals("drink", row.get("texture").asText());
        }
    }

    /** True when the shipped USDA table is in this build (it lands on main separately from the recipes). */
    private static boolean usdaTableShipped() {
        return RecipeCommandTest.class.getResource("/foods/usda-sr24.csv") != null;
    }

    @Test
    void showGivesIngredientsTheRecipesOwnRatioAndKcalAndDirections() {
        assumeTrue(usdaTableShipped(), "foods/usda-sr24.csv is not in this build yet");
        // by hand (SR24): fat 26.54x0.17 + 37x0.22 + 81.11x0.04 = 15.8962 g; protein 2.6962 + 0.451 + 0.034 = 3.1812;
        // carb 0.6103 + 0.6138 + 0.0024 = 1.2265; ratio 15.8962 / 4.4077 = 3.61; kcal 143.0658 + 17.6308 = 160.7
        CliRun r = CliRun.of("recipe", "show", "egg", "yolk", "custard");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("Egg-yolk custard with cream  [egg-yolk-custard]\n"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches(
                "protein +01125 Egg, yolk, raw, fresh +17 g +10 +30 +4.51 +2.70 +0.61")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("seasoning +02010 .* +0.2 g +not counted")), r.out());
        assertTrue(r.out().contains("At these amounts: 160.7 kcal, ratio 3.61:1 (carbohydrate counted net: total "
                + "minus fibre; 9/4/4 kcal per g)."), r.out());
        assertTrue(r.out().contains("  1. Weigh the yolk, cream and melted butter"), r.out());
    }

    @Test
    void showAsJsonCountsCarbohydrateByTheChosenConvention() throws IOException {
        assumeTrue(usdaTableShipped(), "foods/usda-sr24.csv is not in this build yet");
        // avocado 09037 has 8.53 g total and 6.7 g fibre per 100 g: total carbohydrate is larger than net
        JsonNode net = Mappers.json().readTree(CliRun.of("recipe", "show", "chicken-avocado-puree", "--format",
                "json").out());
        JsonNode total = Mappers.json().readTree(CliRun.of("recipe", "show", "chicken-avocado-puree", "--carbs",
                "total", "--format", "json").out());
        assertEquals("net", net.get("carbs").asText());
        assertEquals("total", total.get("carbs").asText());
        assertEquals(34 * (8.53 - 6.7) / 100, net.get("ingredients").get(1).get("carb_g").asDouble(), 1e-3);
        assertEquals(34 * 8.53 / 100, total.get("ingredients").get(1).get("carb_g").asDouble(), 1e-3);
        assertTrue(total.get("ratio").asDouble() < net.get("ratio").asDouble());
    }

    @Test
    void showOfAnUnknownRecipeNamesTheClosest() {
        CliRun r = CliRun.of("recipe", "show", "salmon", "pizza");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.errLines()[0].startsWith("error: unknown recipe 'salmon pizza'; closest: "), r.err());
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
