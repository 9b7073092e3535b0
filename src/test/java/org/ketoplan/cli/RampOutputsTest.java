package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketoplan.common.Mappers;

/**
 * {@code plan --ramp}: every day of the initiation ramp carries its step on every output: the text, plan.json, the
 * workbook, the day sheets and the reminders.
 */
class RampOutputsTest {
    static final String INFANT = """
            name: Ramp Baby
            age_months: 9
            weight_kg: 8
            prescription: {kcal: 640, ratio: 4, protein_g: 9.6}
            """;

    @TempDir
    Path dir;
    Path plan;
    CliRun run;

    @BeforeEach
    void planned() throws Exception {
        ShippedData.assumePresent();
        Path patient = dir.resolve("patient.yaml");
        Files.writeString(patient, INFANT);
        plan = dir.resolve("plan.json");
        run = CliRun.of("plan", "--patient", patient.toString(), "--days", "3", "--start", "2026-12-01", "--ramp",
                "1,3", "--out", plan.toString(), "--show");
        assertEquals(ExitCodes.OK, run.code(), run.err());
    }

    @Test
    void theTextLabelsEachDayOfTheRamp() {
        assertTrue(run.out().contains("Initiation ramp: 1:1 -> 3:1, 1 day each, then 4:1"), run.out());
        assertTrue(run.out().contains("Tuesday 2026-12-01  [initiation step 1 of 2: 1:1]"), run.out());
        assertTrue(run.out().contains("Wednesday 2026-12-02  [initiation step 2 of 2: 3:1]"), run.out());
        assertTrue(run.out().contains("Thursday 2026-12-03\n"), run.out());
        assertTrue(run.out().contains("of the prescription (this step's)"), run.out());
    }

    @Test
    void planJsonKeepsTheStepOfEachDay() throws Exception {
        JsonNode j = Mappers.json().readTree(Files.readString(plan));
        assertEquals(1, j.get("days").get(0).get("ramp").get("step").asInt());
        assertEquals(2, j.get("days").get(0).get("ramp").get("steps").asInt());
        assertEquals(3.0, j.get("days").get(1).get("ramp").get("ratio").asDouble());
        assertTrue(j.get("days").get(2).get("ramp").isNull());
        assertEquals(1.0, j.get("prescription").get("ramp").get("steps").get(0).asDouble());
    }

    @Test
    void theWorkbookDaySheetsAndRemindersSayTheStep() throws Exception {
        Path xlsx = dir.resolve("plan.xlsx");
        assertEquals(0, CliRun.of("export", plan.toString(), "--out", xlsx.toString()).code());
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    cells.append(c.toString()).append('\n');
                }
            }
        }
        assertTrue(cells.toString().contains("Day total 2026-12-01 (initiation step 1 of 2: 1:1)"), cells.toString());
        Path pdf = dir.resolve("days.pdf");
        assertEquals(0, CliRun.of("print", plan.toString(), "--out", pdf.toString()).code());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Day 1 of 3. Initiation step 1 of 2: 1:1 (then 4:1)"), text);
            assertTrue(text.contains("Day 2 of 3. Initiation step 2 of 2: 3:1 (then 4:1)"), text);
            assertTrue(text.contains("Make up first The day's feeds"), text);
        }
        Path ics = dir.resolve("meals.ics");
        assertEquals(0, CliRun.of("remind", plan.toString(), "--out", ics.toString(), "--tz", "Europe/London")
                .code());
        String cal = Files.readString(ics).replace("\r\n ", "");
        assertTrue(cal.contains("step 1 of 2"), cal);
        assertTrue(cal.contains("Initiation step 2 of 2: 3:1."), cal);
    }
}
