package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ketoplan.common.Mappers;
import org.ketoplan.export.PlanWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diary round trip a family makes: the planner's plan exported to a workbook, "Eaten (g)" filled in as a
 * parent would, imported into the diary, and reported — every step through the real commands.
 */
class WorkbookRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void aFilledInWorkbookBecomesTheDiaryAndTheReportCountsItsMeals() throws Exception {
        Path plan = dir.resolve("plan.json");
        Path xlsx = dir.resolve("plan.xlsx");
        Path diary = dir.resolve("diary");
        Path patient = dir.resolve("patient.yaml");
        Files.writeString(patient, """
                name: Four Meals Infant
                age_months: 9
                weight_kg: 8
                prescription:
                  ratio: "4:1"
                  meals:
                    - {name: breakfast, time: "07:00"}
                    - {name: lunch, time: "11:30"}
                    - {name: tea, time: "15:30"}
                    - {name: dinner, time: "18:30"}
                """);
        assertEquals(ExitCodes.OK, CliRun.of("plan", "--patient", patient.toString(), "--days", "7", "--start",
                "2026-12-01", "--out", plan.toString()).code());
        CliRun export = CliRun.of("export", plan.toString(), "--out", xlsx.toString());
        assertEquals(ExitCodes.OK, export.code(), export.err());

        // The infant has four meals a day. On 2026-12-01 the parent writes: breakfast and lunch eaten
        // as planned, dinner half of every food, tea left blank (not logged). Nothing on the other days.
        int filled = 0;
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet week = wb.getSheet("Week 1");
            Map<String, Integer> col = new HashMap<>();
            for (Cell c : week.getRow(1)) {
                col.put(c.getStringCellValue(), c.getColumnIndex());
            }
            for (Row r : week) {
                Cell id = r.getCell(col.get(PlanWorkbook.FOOD_ID));
                Cell date = r.getCell(col.get(PlanWorkbook.DATE));
                if (r.getRowNum() < 2 || id == null || id.getStringCellValue().isEmpty() || date == null
                        || !date.getLocalDateTimeCellValue().toLocalDate().toString().equals("2026-12-01")) {
                    continue;
                }
                String meal = r.getCell(col.get(PlanWorkbook.MEAL)).getStringCellValue();
                double planned = r.getCell(col.get(PlanWorkbook.PLANNED)).getNumericCellValue();
                Double eaten = switch (meal) {
                    case "breakfast", "lunch" -> planned;
                    case "dinner" -> Math.floor(planned / 2);
                    default -> null;
                };
                if (eaten != null) {
                    r.createCell(col.get(PlanWorkbook.EATEN)).setCellValue(eaten);
                    filled++;
                }
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        assertTrue(filled >= 6, "food rows filled in: " + filled);

        CliRun imported = CliRun.of("diary", "import", xlsx.toString(), "--diary", diary.toString(), "--plan",
                plan.toString());
        assertEquals(ExitCodes.OK, imported.code(), imported.err());
        // one diary row per filled food row, after the header
        assertEquals(filled + 1, Files.readAllLines(diary.resolve("meals.csv")).size());

        CliRun report = CliRun.of("adherence", "--plan", plan.toString(), "--diary", diary.toString(),
                "--format", "json");
        assertEquals(ExitCodes.OK, report.code(), report.err());
        JsonNode period = Mappers.json().readTree(report.out()).get("period");
        // The period runs to the last day logged, 2026-12-01: 4 planned meals; logged: breakfast, lunch,
        // dinner = 3 -> 75 %; adherent: breakfast and lunch (planned amounts keep kcal within 5 % and the ratio
        // within 0.1 of 4:1, inside 90-110 % and >= 95 % of 4); dinner at half is ~50 % of its kcal -> not
        // adherent: 2 of 4 = 50 %.
        assertEquals(4, period.get("planned_meals").asInt());
        assertEquals(3, period.get("logged_meals").asInt());
        assertEquals(2, period.get("adherent_meals").asInt());
        assertEquals(75.0, period.get("logged_pct").asDouble(), 1e-9);
        assertEquals(50.0, period.get("adherence_pct").asDouble(), 1e-9);
    }
}
