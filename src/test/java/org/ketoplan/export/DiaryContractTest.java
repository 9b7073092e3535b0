package org.ketoplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ketoplan.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook {@code ketoplan export} writes is the one the diary's importer reads back, once filled in. */
class DiaryContractTest {
    @TempDir
    Path dir;

    @Test
    void eatenWeightsAParentTypesAreReadBackRowByRow() throws Exception {
        Plan plan = PlanFixtures.days(8);
        Path file = dir.resolve("plan.xlsx");
        PlanWorkbook.write(plan, Paper.A4, () -> null, file, false);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            // a parent fills in day 1's breakfast cream (row 4: title, header, yolk, cream) and day 8's snack
            Sheet week1 = wb.getSheet("Week 1");
            Map<String, Integer> cols = WorkbookRows.header(week1);
            week1.getRow(3).getCell(cols.get("Eaten (g)")).setCellValue(65);
            Sheet week2 = wb.getSheet("Week 2");
            for (Row row : week2) {
                if ("ketocal-4to1-lq".equals(WorkbookRows.text(row, cols.get("Food id")))) {
                    row.getCell(cols.get("Eaten (g)")).setCellValue(0);
                }
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve("filled.xlsx"))) {
                wb.write(out);
            }
        }
        List<FilledWorkbook.EatenRow> rows = FilledWorkbook.read(dir.resolve("filled.xlsx"));
        assertEquals(2, rows.size(), rows.toString());
        FilledWorkbook.EatenRow cream = rows.get(0);
        assertNull(cream.problem(), cream.problem());
        assertEquals(PlanFixtures.START, cream.date());
        assertEquals("breakfast", cream.meal());
        assertEquals("01053", cream.foodId());
        assertEquals(70, cream.plannedG());
        assertEquals(65, cream.eatenG());
        FilledWorkbook.EatenRow snack = rows.get(1);
        assertEquals(PlanFixtures.START.plusDays(7), snack.date());
        assertEquals("snack", snack.meal());
        assertEquals(0, snack.eatenG());
    }
}
