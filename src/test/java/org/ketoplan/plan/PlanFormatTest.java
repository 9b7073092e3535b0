package org.ketoplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ketoplan.common.BadInputException;
import org.ketoplan.food.Basis;
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

    @Test
    void aSlotKindThatIsNoKindIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, Files.readString(FORMAT_1).replaceFirst("\"kind\" : \"meal\"", "\"kind\" : \"brunch\""));
        BadInputException e = assertThrows(BadInputException.class, () -> PlanFile.read(file));
        assertTrue(e.getMessage().matches("(?s).*plan\\.json:\\d+: .*kind.*'brunch' is not meal, snack, feed.*"),
                e.getMessage());
    }

    @Test
    void aNegativeTotalIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.json");
        String text = Files.readString(FORMAT_1);
        Files.writeString(file, text.replaceFirst("(\"totals\" : \\{\\s*\"kcal\" : )[0-9.]+", "$1-5"));
        BadInputException e = assertThrows(BadInputException.class, () -> PlanFile.read(file));
        assertTrue(e.getMessage().matches("(?s).*plan\\.json:\\d+: .*kcal.*-5\\.0 is not an amount.*"), e.getMessage());
    }

    @Test
    void aLaterVersionIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, Files.readString(FORMAT_1).replaceFirst("\"format_version\" : 1", "\"format_version\" : 3"));
        BadInputException e = assertThrows(BadInputException.class, () -> PlanFile.read(file));
        assertTrue(e.getMessage().contains("format_version: 3 is not supported (this ketoplan reads versions 1 to 2)"),
                e.getMessage());
    }
}
