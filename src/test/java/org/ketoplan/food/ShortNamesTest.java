package org.ketoplan.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ketoplan.recipe.RecipeIngredient;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.Recipes;

/** Every food a shipped recipe uses has a household name for the day sheets. */
class ShortNamesTest {
    @Test
    void everyFoodOfAShippedRecipeHasAHouseholdName() {
        FoodDatabase foods = FoodDatabases.shipped();
        Set<String> missing = new TreeSet<>();
        int used = 0;
        for (Recipe r : Recipes.shipped().all()) {
            for (RecipeIngredient i : r.ingredients()) {
                used++;
                Food f = foods.byId(i.food()).orElseThrow(() -> new AssertionError(r.id() + ": " + i.food()));
                if (f.shortName().isEmpty()) {
                    missing.add(i.food() + " " + f.name() + " (" + r.id() + ")");
                }
            }
        }
        assertTrue(used > 0);
        assertEquals(Set.of(), missing, "foods of shipped recipes without a short_name in foods/short-names.csv");
    }

    @Test
    void theUsdaNameStaysAndTheHouseholdNameIsShorter() {
        // USDA SR24 01053 "Cream, fluid, heavy whipping": the parent reads "double cream (heavy whipping)"
        Food cream = FoodDatabases.shipped().byId("01053").orElseThrow();
        assertEquals("Cream, fluid, heavy whipping", cream.name());
        assertEquals("double cream (heavy whipping)", cream.shortName());
    }

    private static Map<String, String> read(String text) {
        return ShortNames.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void quotedNamesKeepTheirCommasAndQuotes() {
        // RFC 4180, read by Jackson CSV as the other shipped tables: a comma and a doubled quote inside quotes,
        // CRLF line ends, a byte-order mark before the header
        assertEquals(Map.of("01053", "double cream (heavy, whipping)", "04053", "olive oil \"extra virgin\""),
                read("\uFEFFid,short_name\r\n01053,\"double cream (heavy, whipping)\"\r\n"
                        + "04053,\"olive oil \"\"extra virgin\"\"\"\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another header | id,name\\n01053,cream                         | foods/short-names.csv:1: expected the header id,short_name
            no name        | id,short_name\\n01053,cream\\n01001,          | foods/short-names.csv:3: expected an id and a name of 1 to
            two rows       | id,short_name\\n01053,cream\\n01053,butter    | foods/short-names.csv:3: food 01053 has two rows
            quote unclosed | id,short_name\\n01053,cream\\n01001,"butter   | foods/short-names.csv:3: malformed CSV
            """)
    void aMalformedTableIsABuildErrorNamingItsLine(String what, String text, String message) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(text.replace("\\n", "\n")));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }
}
