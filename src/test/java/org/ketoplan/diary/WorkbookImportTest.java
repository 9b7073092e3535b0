package org.ketoplan.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ketoplan.cli.CliRun;
import org.ketoplan.cli.ExitCodes;
import org.ketoplan.plan.PlanFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ketoplan diary import} on a workbook built with POI to the plan workbook's contract. */
class WorkbookImportTest {
    @TempDir
    Path dir;

    private Path plan;
    private Path diary;

    @BeforeEach
    void writePlan() {
        plan = dir.resolve("plan.json");
        PlanFile.write(plan, DiaryFixture.planWithBiscuit(), false);
        diary = dir.resolve("diary");
    }

    /**
     * A workbook like the export's: a Prescription sheet without the header; a plan sheet with two title rows, then
     * the header (with a "Notes" column between), day 1's breakfast (eaten 20 / 40 / 30), its totals row (no food
     * id), lunch with an empty Eaten (not logged) and dinner with 0 for every food (not eaten).
     */
    private Path workbook(Object dinnerOil) throws IOException {
        Path file = dir.resolve("plan.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Prescription").createRow(0).createCell(0).setCellValue("Energy");
            Sheet s = wb.createSheet("Week 1");
            s.createRow(0).createCell(0).setCellValue("Plan for Test Child");
            String[] titles = {"Date", "Meal", "Time", "Food id", "Food", "Notes", "Planned (g)", "Eaten (g)"};
            Row h = s.createRow(2);
            for (int i = 0; i < titles.length; i++) {
                h.createCell(i).setCellValue(titles[i]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            int r = 3;
            r = food(s, r, date, "breakfast", "oil", 20, 20.0);
            r = food(s, r, date, "breakfast", "egg", 40, 40.0);
            r = food(s, r, date, "breakfast", "berry", 40, 30.0);
            Row totals = s.createRow(r++);
            totals.createCell(4).setCellValue("Breakfast total");
            totals.createCell(6).setCellValue(100);
            r = food(s, r, date, "lunch", "oil", 20, null);
            r = food(s, r, date, "lunch", "egg", 40, null);
            r = food(s, r, date, "dinner", "oil", 20, dinnerOil);
            r = food(s, r, date, "dinner", "egg", 40, 0.0);
            food(s, r, date, "dinner", "berry", 40, 0.0);
            wb.write(out);
        }
        return file;
    }

    private static int food(Sheet s, int r, CellStyle date, String meal, String id, double planned, Object eaten) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(LocalDate.of(2026, 1, 5));
        row.getCell(0).setCellStyle(date);
        row.createCell(1).setCellValue(meal);
        row.createCell(3).setCellValue(id);
        row.createCell(4).setCellValue(id.substring(0, 1).toUpperCase() + id.substring(1));
        row.createCell(6).setCellValue(planned);
        if (eaten instanceof Double d) {
            row.createCell(7).setCellValue(d);
        } else if (eaten instanceof String t) {
            row.createCell(7).setCellValue(t);
        }
        return r + 1;
    }

    private CliRun importIt(Path xlsx, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("diary", "import", xlsx.toString(),
                "--diary", diary.toString(), "--plan", plan.toString()));
        args.addAll(java.util.List.of(more));
        return CliRun.of(args.toArray(new String[0]));
    }

    @Test
    void filledCellsBecomeRowsEmptyCellsAreNotLogged() throws IOException {
        CliRun r = importIt(workbook(0.0));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("Imported 6 rows (2 meals) into " + diary.resolve("meals.csv"), r.out().strip());
        String note = ",from plan.xlsx\n";
        assertEquals("date,meal,food,planned_g,eaten_g,note\n"
                + "2026-01-05,breakfast,oil,20,20" + note + "2026-01-05,breakfast,egg,40,40" + note
                + "2026-01-05,breakfast,berry,40,30" + note + "2026-01-05,dinner,oil,20,0" + note
                + "2026-01-05,dinner,egg,40,0" + note + "2026-01-05,dinner,berry,40,0" + note,
                Files.readString(diary.resolve("meals.csv")));
        // day 1: breakfast fat 24, protein 4, net carb 3 (30 g berry): kcal 216 + 16 + 12 = 244 = 98.4 %, ratio
        // 24 / 7 = 3.43 -> adherent; dinner logged with 0 kcal (not adherent); lunch not logged.
        CliRun rep = CliRun.of("adherence", "--plan", plan.toString(), "--diary", diary.toString(), "--format",
                "json");
        var day = AdherenceCliTest.json(rep.out()).get("days").get(0);
        assertEquals(2, day.get("logged_meals").asInt());
        assertEquals(1, day.get("adherent_meals").asInt());
        assertEquals(244.0, day.get("meals").get(0).get("kcal").asDouble());
    }

    @Test
    void importingTwiceAddsNothingAndOtherGramsNeedReplace() throws IOException {
        importIt(workbook(0.0));
        String before = Files.readString(diary.resolve("meals.csv"));
        CliRun again = importIt(workbook(0.0));
        assertEquals(ExitCodes.OK, again.code(), again.err());
        assertTrue(again.out().contains("Imported 0 rows (0 meals)") && again.out().contains("6 already in the diary"),
                again.out());
        assertEquals(before, Files.readString(diary.resolve("meals.csv")));

        CliRun changed = importIt(workbook(15.0));
        assertEquals(ExitCodes.BAD_INPUT, changed.code());
        assertTrue(changed.err().contains("plan.xlsx:Week 1!H10: oil at dinner on 2026-01-05 is 15 g here but 0 g at "),
                changed.err());
        assertEquals(before, Files.readString(diary.resolve("meals.csv")));
        assertEquals(ExitCodes.OK, importIt(workbook(15.0), "--replace").code());
        assertTrue(Files.readString(diary.resolve("meals.csv")).endsWith("2026-01-05,dinner,oil,20,15,from plan.xlsx\n"));
    }

    @Test
    void aBadCellIsNamedAndNothingIsImported() throws IOException {
        CliRun r = importIt(workbook("12,5"));
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("plan.xlsx:Week 1!H10: Eaten (g): '12,5' uses a decimal comma; write 12.5 with a "
                + "decimal point; nothing was imported"), r.err());
        assertTrue(Files.notExists(diary.resolve("meals.csv")));
    }

    @Test
    void aWorkbookWithoutThePlanHeaderIsRefused() throws IOException {
        Path file = dir.resolve("other.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Shopping list").createRow(0).createCell(0).setCellValue("Food");
            wb.write(out);
        }
        CliRun r = importIt(file);
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("no sheet has the plan's header row"), r.err());
    }
}
