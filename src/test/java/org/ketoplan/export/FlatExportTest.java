package org.ketoplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanFood;
import org.ketoplan.plan.PlannedMeal;
import org.junit.jupiter.api.Test;
import org.ketoplan.common.SpreadsheetText;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlatExportTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
        "+1+2|'+1+2",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "Butter, salted|Butter, salted",
        "a=b|a=b",
    })
    void cellsASpreadsheetWouldRunAreEscaped(String text, String expected) {
        assertEquals(expected, SpreadsheetText.safe(text));
    }

    @Test
    void tabAndCarriageReturnAreEscapedToo() {
        assertEquals("'\tx", SpreadsheetText.safe("\tx"));
        assertEquals("'\rx", SpreadsheetText.safe("\rx"));
    }

    @Test
    void csvHasOneRowPerFoodPerMealWithMacros() throws Exception {
        Path csv = dir.resolve("plan.csv");
        assertEquals(12, FlatExport.csv(PlanFixtures.days(1), csv, false));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("date,meal,time,recipe,food_id,food,grams,unit,counted,fat_g,protein_g,carb_g,kcal",
                lines.get(0));
        // 15 g egg yolk: fat 3.981, protein 2.379, carb 0.5385 -> 0.539 (3 decimals); kcal 35.829 + 9.516 + 2.154
        //   = 47.499
        assertEquals("2026-12-01,breakfast,07:30,\"Egg yolk custard with raspberries\",01125,\"Egg, yolk, raw, "
                + "fresh\",15,g,true,3.981,2.379,0.539,47.5", lines.get(1));
        assertEquals(13, lines.size());
    }

    @Test
    void csvEscapesFormulaLikeNames() throws Exception {
        PlanFood evil = new PlanFood("x1", "=HYPERLINK(\"http://evil\",\"click\")", org.ketoplan.food.Basis.GRAM, PlanFixtures.CREAM.per100());
        PlannedMeal meal = PlanFixtures.meal("breakfast", "07:30", null, "+cmd|' /C calc'!A0", List.of(),
                PlanFixtures.target(100, 10, 1.5, 1), PlanFixtures.item(evil, 10));
        Plan plan = PlanFixtures.plan(List.of(PlanFixtures.day(PlanFixtures.START, List.of(meal))), 1, evil);
        Path csv = dir.resolve("evil.csv");
        FlatExport.csv(plan, csv, false);
        String row = Files.readAllLines(csv).get(1);
        assertTrue(row.contains("\"'+cmd|' /C calc'!A0\""), row);
        assertTrue(row.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\""), row);
    }

    @Test
    void jsonHasTheSameRows() throws Exception {
        Path json = dir.resolve("plan.json");
        assertEquals(24, FlatExport.json(PlanFixtures.days(2), json, false));
        String text = Files.readString(json);
        assertTrue(text.contains("\"patient\" : \"Example Baby\""), text);
        assertTrue(text.contains("\"food_id\" : \"ketocal-4to1-lq\""), text);
        assertTrue(text.contains("\"unit\" : \"ml\""), text);
    }
}
