package org.ketoplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ketoplan.plan.Plan;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the workbook in a real spreadsheet program: LibreOffice, headless, computes every formula (the file is
 * written without cached values, so nothing can pass unless LibreOffice calculated it) and saves it again; POI
 * then reads LibreOffice's values and they must equal the plan's own numbers. Skipped only when {@code soffice}
 * is not installed ({@code .ci/run} installs it).
 */
class LibreOfficeRoundTripTest {
    @TempDir
    Path dir;

    static String soffice() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path f = Path.of(p, name);
                if (Files.isExecutable(f)) {
                    return f.toString();
                }
            }
        }
        return null;
    }

    @Test
    void libreOfficeCalculatesTheSameRatiosAndTotalsAsThePlan() throws Exception {
        String soffice = soffice();
        Assumptions.assumeTrue(soffice != null,
                "soffice (LibreOffice) is not on the PATH: install libreoffice-calc-nogui to run this test");
        Plan plan = PlanFixtures.days(8);
        Path in = dir.resolve("in").resolve("plan.xlsx");
        Files.createDirectories(in.getParent());
        try (OutputStream out = Files.newOutputStream(in)) {
            PlanWorkbook.write(plan, Paper.A4, null, out, false);
        }
        Path outDir = dir.resolve("out");
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                outDir.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish in 3 minutes");
        Path converted = outDir.resolve("plan.xlsx");
        assertTrue(Files.exists(converted),
                "LibreOffice wrote nothing: " + Files.readString(dir.resolve("soffice.log")));
        try (XSSFWorkbook wb = new XSSFWorkbook(converted.toFile())) {
            PlanWorkbookTest.assertMatchesPlan(plan, WorkbookRows.read(wb));
            // the shopping list's SUMIFs over two week sheets: cream 70 g x 8 days = 560 g
            Sheet shop = wb.getSheet("Shopping list");
            assertEquals("01053", shop.getRow(2).getCell(0).getStringCellValue());
            assertEquals(560, shop.getRow(2).getCell(5).getNumericCellValue(), 1e-9);
            // the nutrient check reads the day's kcal from its plan sheet: kcal / 1000 kcal prescribed
            Sheet check = wb.getSheet("Nutrient check");
            assertEquals("Energy", check.getRow(2).getCell(1).getStringCellValue());
            assertEquals(plan.days().get(0).totals().kcal() / 1000, check.getRow(2).getCell(5).getNumericCellValue(),
                    1e-9);
        }
    }
}
