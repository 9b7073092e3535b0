package org.ketoplan.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketoplan.export.Paper;
import org.ketoplan.export.PdfChecks;
import org.ketoplan.plan.Plan;

/**
 * The clinic's files from the committed spasms diary ({@link SpasmsDiary}): the one-page PDF (tagged, in English,
 * fonts embedded) and the workbook whose charts leave gaps where nothing was recorded. A copy of each lands in
 * {@code target/reports/} to be looked at.
 */
class SpasmsReportFilesTest {
    @TempDir
    Path dir;

    private AdherenceReport report;

    @BeforeEach
    void computeTheReport() throws IOException {
        Plan plan = DiaryFixture.plan();
        SpasmsDiary.copyTo(dir);
        Compositions foods = new Compositions(plan, DiaryFixture.database());
        report = AdherenceCalculator.report(plan, Diary.read(dir, plan, foods), foods, AdherenceOptions.defaults());
    }

    private static void keep(Path file) throws IOException {
        Path target = Path.of("target", "reports");
        Files.createDirectories(target);
        Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theClinicPdfIsOneTaggedPageWithThePrescriptionPeriodAndTrend() throws Exception {
        for (Paper paper : Paper.values()) {
            Path pdf = dir.resolve("spasms-report-" + paper.name().toLowerCase() + ".pdf");
            ReportFiles.write(report, pdf, false, paper, false);
            keep(pdf);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertEquals(1, doc.getNumberOfPages(), paper.name());
                Set<String> types = PdfChecks.assertTaggedAndEmbedded(doc);
                assertTrue(types.containsAll(Set.of("H1", "H2", "P", "Figure", "Table", "TR", "TH", "TD")),
                        types.toString());
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains("Report 2026-01-05 to 2026-02-01 (28 days, 4 weeks)"), text);
                assertTrue(text.contains("Prescription: 744 kcal/d at 3:1 (fat 72.0 g, protein 12.0 g, carbohydrate "
                        + "12.0 g net); fluid 800 ml/d"), text);
                assertTrue(text.contains("4-week trends"), text);
                // the weekly table shows week 2's end date, and the baseline the changes are against
                assertTrue(text.contains("01-12 01-18"), text);
                assertTrue(text.contains("2026-01-07 07:00: blood glucose 2.3 mmol/L"), text);
            }
        }
    }

    @Test
    void theWorkbooksChartsLeaveGapsWhereNothingWasRecorded() throws Exception {
        Path xlsx = dir.resolve("spasms-report.xlsx");
        ReportFiles.write(report, xlsx, false, Paper.A4, false);
        keep(xlsx);
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            String chart = new String(zip.getInputStream(zip.getEntry("xl/charts/chart1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(chart.contains("<c:dispBlanksAs val=\"gap\"/>"), "blanks are drawn as gaps");
            // the daily chart's second line: clusters or seizures per day; days 19 and 20 (points 18 and 19) were
            // not recorded, so its cache has 28 points and none with index 18 or 19; day 21 (a count of 0) is there
            String all = series(chart, 1);
            String seizures = all.substring(all.indexOf("<c:val>"));
            assertTrue(seizures.contains("<c:ptCount val=\"28\"/>"), seizures);
            assertFalse(seizures.contains("<c:pt idx=\"18\">"), seizures);
            assertFalse(seizures.contains("<c:pt idx=\"19\">"), seizures);
            assertTrue(seizures.contains("<c:pt idx=\"20\"><c:v>0.0</c:v></c:pt>"), seizures);
            assertTrue(seizures.contains("<c:pt idx=\"0\"><c:v>12.0</c:v></c:pt>"), seizures);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
            XSSFSheet weeks = wb.getSheet("Weeks");
            // counts as whole numbers, percentages and means with their decimals, not "1.0" or "64.286"
            assertEquals("1", f.formatCellValue(weeks.getRow(1).getCell(0)));
            assertEquals("21", f.formatCellValue(weeks.getRow(1).getCell(3)));
            assertEquals("66.7", f.formatCellValue(weeks.getRow(2).getCell(7)));
            assertEquals("8.71", f.formatCellValue(weeks.getRow(1).getCell(8)));
            assertEquals("-27.4", f.formatCellValue(weeks.getRow(1).getCell(9)));
            assertEquals("2026-01-18", f.formatCellValue(weeks.getRow(2).getCell(2)));
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertTrue(s.getPrintSetup().getPaperSize() == org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE,
                        s.getSheetName());
                assertTrue(s.getFitToPage(), s.getSheetName() + " fits to the page width");
                // one page wide; the two widest tables two pages, their first column on both
                assertEquals(s.getSheetName().equals("Weeks") || s.getSheetName().equals("Days") ? 2 : 1,
                        s.getPrintSetup().getFitWidth(), s.getSheetName());
                assertTrue(s.getFooter().getRight().contains("&P"), s.getSheetName() + " numbers its pages");
                // every number has a format of its own ("General" shows 64.28571428 or 1.0 as stored)
                for (org.apache.poi.ss.usermodel.Row row : s) {
                    for (org.apache.poi.ss.usermodel.Cell c : row) {
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                            assertFalse(c.getCellStyle().getDataFormatString().equals("General"),
                                    s.getSheetName() + "!" + c.getAddress());
                        }
                    }
                }
            }
            assertEquals(6, wb.getSheet("Summary").getDrawingPatriarch().getCharts().size());
        }
    }

    /** The XML of the {@code n}-th series (0-based) of a chart. */
    private static String series(String chart, int n) {
        Matcher m = Pattern.compile("<c:ser>.*?</c:ser>", Pattern.DOTALL).matcher(chart);
        for (int i = 0; i <= n; i++) {
            assertTrue(m.find(), "series " + i);
        }
        return m.group();
    }
}
