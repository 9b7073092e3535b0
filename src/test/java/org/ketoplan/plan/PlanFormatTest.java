package org.ketoplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ketoplan.common.BadInputException;
import org.ketoplan.food.Basis;
import org.ketoplan.nutrition.Nutrient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * plan.json's format versions: version 2 is the typed record (slot kinds and units as enums, totals that cannot be
 * negative); version 1 files (the same fields, kind and unit as free text) still read, and are written back as 2.
 */
class PlanFormatTest {
    /** A 3-day plan for the example infant written by ketoplan before issue 12 (format 1; golden-outputs.sh). */
    private static final Path FORMAT_1 = Path.of("src/test/resources/plans/plan-format-1.json");

    @Test
    void aVersionOnePlanReadsAsTheTypedRecord() {
        Plan p = PlanFile.read(FORMAT_1);
        assertEquals(Plan.FORMAT_VERSION, p.formatVersion());
        assertEquals(3, p.days().size());
        PlannedMeal first = p.days().get(0).meals().get(0);
        assertTrue(first.kind() == null || first.kind() instanceof MealKind);
        assertTrue(p.foods().stream().allMatch(f -> f.unit() == Basis.GRAM || f.unit() == Basis.MILLILITRE));
        assertTrue(p.prescription().slots().stream().allMatch(s -> s.kind() instanceof MealKind));
    }

    @Test
    void aVersionOnePlanIsWrittenBackAsVersionTwoWithNothingElseChanged(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("plan.json");
        PlanFile.write(out, PlanFile.read(FORMAT_1), false);
        String before = Files.readString(FORMAT_1);
        String after = Files.readString(out);
        assertEquals(before.replaceFirst("\"format_version\" : 1,", "\"format_version\" : 2,"), after);
    }

    /** The message of reading the version-1 fixture with its first match of {@code regex} replaced. */
    private static String refusal(Path dir, String regex, String replacement) throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, Files.readString(FORMAT_1).replaceFirst(regex, replacement));
        return assertThrows(BadInputException.class, () -> PlanFile.read(file)).getMessage();
    }

    @Test
    void aSlotKindThatIsNoKindIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        String said = refusal(dir, "\"kind\" : \"meal\"", "\"kind\" : \"brunch\"");
        assertTrue(said.matches("(?s).*plan\\.json:\\d+: .*kind.*'brunch' is not meal, snack, feed.*"), said);
    }

    @Test
    void aNegativeTotalIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        String said = refusal(dir, "(\"totals\" : \\{\\s*\"kcal\" : )[0-9.]+", "$1-5");
        assertTrue(said.matches("(?s).*plan\\.json:\\d+: .*kcal.*-5\\.0 is not an amount.*"), said);
    }

    @Test
    void aLaterVersionIsRefused(@TempDir Path dir) throws Exception {
        String said = refusal(dir, "\"format_version\" : 1", "\"format_version\" : 3");
        assertTrue(said.contains("format_version: 3 is not supported (this ketoplan reads versions 1 to 2)"), said);
    }

    @Test
    void aVersionTwoPlanIsWrittenBackByteForByte(@TempDir Path dir) throws Exception {
        Path v2 = dir.resolve("v2.json");
        PlanFile.write(v2, PlanFile.read(FORMAT_1), false);
        Path again = dir.resolve("again.json");
        PlanFile.write(again, PlanFile.read(v2), false);
        assertEquals(Files.readString(v2), Files.readString(again));
    }

    @Test
    void aStoredCompositionIsReadAsNutrientsAndTheSlotsCountCarbohydrateAsThePlan() {
        Plan p = PlanFile.read(FORMAT_1);
        PlanFood ricotta = p.foodsById().get("01036");
        // as the file gives it: fat 12.98, protein 11.26, carbohydrate 3.04, water 71.7 g per 100 g
        assertEquals(12.98, ricotta.per100().amount(Nutrient.FAT).getAsDouble(), 0);
        assertEquals(71.7, ricotta.per100().amount(Nutrient.WATER).getAsDouble(), 0);
        assertEquals(174.0, ricotta.per100().amount(Nutrient.ENERGY).getAsDouble(), 0); // "kcal"
        assertTrue(p.prescription().slots().stream()
                .allMatch(s -> s.target().carbs() == p.prescription().carbConvention()));
        assertEquals(0.05, p.tolerances().energyFraction(), 0); // "kcal_pct" : 5.0
    }

    @Test
    void aCompositionOverOneHundredGramsIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        // ricotta with 95 g fat: 95 + 11.26 + 3.04 = 109.3 g of fat, protein and carbohydrate in 100 g
        BadInputException e = refused(dir, "\"fat_g\" : 12.98", "\"fat_g\" : 95");
        assertTrue(e.getMessage().matches("(?s).*plan\\.json:\\d+: foods\\[0\\]\\.per100: fat \\+ protein \\+ "
                + "carbohydrate = 109\\.3 g, over 100 g per 100 g.*"), e.getMessage());
    }

    @Test
    void aNegativeOrTextAmountIsRefusedAtItsNutrient(@TempDir Path dir) throws Exception {
        BadInputException negative = refused(dir, "\"fat_g\" : 12.98", "\"fat_g\" : -1");
        assertTrue(negative.getMessage().matches("(?s).*plan\\.json:\\d+: foods\\[0\\]\\.per100\\.fat_g: -1 is "
                + "outside 0 to 100"), negative.getMessage());
        BadInputException text = refused(dir, "\"water_g\" : 71.7", "\"water_g\" : \"lots\"");
        assertTrue(text.getMessage().matches("(?s).*plan\\.json:\\d+: foods\\[0\\]\\.per100\\.water_g: expected a "
                + "number"), text.getMessage());
    }

    private static BadInputException refused(Path dir, String what, String with) throws Exception {
        Path file = dir.resolve("plan.json");
        String text = Files.readString(FORMAT_1);
        assertTrue(text.contains(what), what);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(what), with));
        return assertThrows(BadInputException.class, () -> PlanFile.read(file));
    }
}
