package org.ketoplan.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketoplan.cli.CliRun;
import org.ketoplan.cli.ExitCodes;
import org.ketoplan.export.WorkbookLayout;
import org.ketoplan.export.WorkbookLayout.DiaryEntry;
import org.ketoplan.export.WorkbookLayout.PlanColumn;
import org.ketoplan.plan.PlanFile;

/**
 * What a parent writes in the exported workbook comes back: the eaten weights (whose kcal and ratio the workbook
 * computes itself) and the diary sheet's day, seizures and readings, through {@code export} and {@code diary import}.
 */
class WorkbookDiaryRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void theDiarySheetAndTheEatenWeightsComeBack() throws Exception {
        Path plan = dir.resolve("plan.json");
        PlanFile.write(plan, DiaryFixture.planWithBiscuit(), false);
        Path xlsx = dir.resolve("plan.xlsx");
        Path diary = dir.resolve("diary");
        CliRun export = CliRun.of("export", plan.toString(), "--out", xlsx.toString());
        assertEquals(ExitCodes.OK, export.code(), export.err());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet week = wb.getSheet("Week 1");
            // day 1's breakfast (rows 3-5, its total on row 6): oil 10 of 20 g, egg and berry as planned
            week.getRow(2).getCell(PlanColumn.EATEN.index()).setCellValue(10);
            week.getRow(3).getCell(PlanColumn.EATEN.index()).setCellValue(40);
            week.getRow(4).getCell(PlanColumn.EATEN.index()).setCellValue(40);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            Row total = week.getRow(5);
            assertEquals("Total breakfast", total.getCell(PlanColumn.FOOD.index()).getStringCellValue());
            // eaten: fat 10 + 4 = 14, protein 4, net carbohydrate 4: kcal 126 + 16 + 16 = 158; ratio 14 / 8 = 1.75
            assertEquals(90, total.getCell(PlanColumn.EATEN.index()).getNumericCellValue(), 1e-9);
            assertEquals(158, total.getCell(PlanColumn.EATEN_KCAL.index()).getNumericCellValue(), 1e-9);
            assertEquals(1.75, total.getCell(PlanColumn.EATEN_RATIO.index()).getNumericCellValue(), 1e-9);
            // lunch, not filled in: its eaten kcal and ratio stay empty, not 0
            assertEquals("", week.getRow(9).getCell(PlanColumn.EATEN_KCAL.index()).getStringCellValue());

            // the diary sheet, day 1: the day's figures, two seizures (one typed as a time, one as text) and a reading
            Sheet d = wb.getSheet(WorkbookLayout.DIARY_SHEET);
            Row day = row(d, "Day", 0);
            day.getCell(DiaryEntry.DAY.column("Sleep (h)")).setCellValue(10.5);
            day.getCell(DiaryEntry.DAY.column("Ill (yes/no)")).setCellValue("no");
            day.getCell(DiaryEntry.DAY.column("Stress (0-3)")).setCellValue(2);
            Row first = row(d, "Seizure", 0);
            first.getCell(DiaryEntry.SEIZURE.column("Time (HH:MM)")).setCellValue((7 * 60 + 10) / 1440.0);
            first.getCell(DiaryEntry.SEIZURE.column("Type (spasms/other)")).setCellValue("spasms");
            first.getCell(DiaryEntry.SEIZURE.column("Spasms")).setCellValue(12);
            first.getCell(DiaryEntry.SEIZURE.column("Minutes")).setCellValue(3);
            Row second = row(d, "Seizure", 1);
            second.getCell(DiaryEntry.SEIZURE.column("Time (HH:MM)")).setCellValue("11:30");
            second.getCell(DiaryEntry.SEIZURE.column("Type (spasms/other)")).setCellValue("other");
            second.getCell(DiaryEntry.SEIZURE.column("Minutes")).setCellValue(2);
            second.getCell(DiaryEntry.SEIZURE.column("Rescue medicine")).setCellValue("buccal midazolam 2.5 mg");
            Row reading = row(d, "Reading", 0);
            reading.getCell(DiaryEntry.READING.column("Time (HH:MM)")).setCellValue("6:45");
            reading.getCell(DiaryEntry.READING.column("Ketones (mmol/L)")).setCellValue(3.2);
            reading.getCell(DiaryEntry.READING.column("Glucose (mmol/L)")).setCellValue("43 mg/dL");
            try (OutputStream out = Files.newOutputStream(dir.resolve("filled.xlsx"))) {
                wb.write(out);
            }
        }
        CliRun imported = CliRun.of("diary", "import", dir.resolve("filled.xlsx").toString(), "--diary",
                diary.toString(), "--plan", plan.toString());
        assertEquals(ExitCodes.OK, imported.code(), imported.err());
        assertTrue(imported.out().contains("3 rows (1 meal)") && imported.out().contains("1 day into")
                && imported.out().contains("2 seizures into") && imported.out().contains("1 reading into"),
                imported.out());
        assertEquals(List.of("date,seizures,seizure_minutes,ketones_blood_mmol,ketones_urine,weight_kg,sleep_hours,"
                + "ill,stress,note", "2026-01-05,,,,,,10.5,no,2,"), Files.readAllLines(diary.resolve("days.csv")));
        assertEquals(List.of("date,time,type,spasms,duration_min,rescue,note", "2026-01-05,07:10,spasms,12,3,,",
                "2026-01-05,11:30,other,,2,buccal midazolam 2.5 mg,"), Files.readAllLines(diary.resolve("seizures.csv")));
        // 43 mg/dL / 18.0156 = 2.387 -> 2.39 mmol/L
        assertEquals(List.of("date,time,ketones_blood_mmol,glucose_mmol,note", "2026-01-05,06:45,3.2,2.39,"),
                Files.readAllLines(diary.resolve("readings.csv")));

        // importing the same workbook again adds nothing
        CliRun again = CliRun.of("diary", "import", dir.resolve("filled.xlsx").toString(), "--diary",
                diary.toString(), "--plan", plan.toString());
        assertEquals(ExitCodes.OK, again.code(), again.err());
        assertTrue(again.out().contains("7 already in the diary"), again.out());

        // the report: day 1 has a cluster of 12 spasms, another seizure with rescue medicine, and the low glucose
        CliRun report = CliRun.of("adherence", "--plan", plan.toString(), "--diary", diary.toString(), "--format",
                "json");
        assertEquals(ExitCodes.OK, report.code(), report.err());
        var j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.out());
        var d1 = j.get("days").get(0);
        assertEquals(2, d1.get("seizures").asInt());
        assertEquals(1, d1.get("clusters").asInt());
        assertEquals(12, d1.get("spasms").asInt());
        assertEquals(1, d1.get("rescues").asInt());
        assertEquals(2.39, d1.get("glucose_min_mmol").asDouble(), 1e-9);
        assertEquals(1, d1.get("flagged").asInt());
        assertEquals(2, d1.get("stress").asInt());
    }

    @Test
    void aBadDiaryCellIsNamedAndNothingIsImported() throws Exception {
        Path plan = dir.resolve("plan.json");
        PlanFile.write(plan, DiaryFixture.planWithBiscuit(), false);
        Path xlsx = dir.resolve("plan.xlsx");
        assertEquals(ExitCodes.OK, CliRun.of("export", plan.toString(), "--out", xlsx.toString()).code());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet d = wb.getSheet(WorkbookLayout.DIARY_SHEET);
            Row s = row(d, "Seizure", 0);
            s.getCell(DiaryEntry.SEIZURE.column("Time (HH:MM)")).setCellValue("07:10");
            s.getCell(DiaryEntry.SEIZURE.column("Spasms")).setCellValue("twelve");
            wb.getSheet("Week 1").getRow(2).getCell(PlanColumn.EATEN.index()).setCellValue(10);
            try (OutputStream out = Files.newOutputStream(dir.resolve("filled.xlsx"))) {
                wb.write(out);
            }
        }
        Path diary = dir.resolve("diary");
        CliRun r = CliRun.of("diary", "import", dir.resolve("filled.xlsx").toString(), "--diary", diary.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        // row 7: the title, the header, the day's heading, the Day titles, the Day row, the Seizures titles
        assertEquals("error: filled.xlsx:Diary!E7: Spasms: 'twelve' is not a number; nothing was imported",
                r.err().strip());
        assertTrue(Files.notExists(diary.resolve("meals.csv")), "nothing is written");
    }

    /** The {@code n}-th row (0-based) of entry {@code word} on the sheet's first day. */
    private static Row row(Sheet d, String word, int n) {
        DataFormatter f = new DataFormatter();
        int seen = 0;
        for (Row r : d) {
            Cell b = r.getCell(1);
            if (b != null && f.formatCellValue(b).equals(word) && seen++ == n) {
                return r;
            }
        }
        throw new AssertionError("no row " + n + " of " + word);
    }

    static {
        assertNull(DiaryEntry.of("Seizures:"), "a block's titles row is not an entry");
    }
}
