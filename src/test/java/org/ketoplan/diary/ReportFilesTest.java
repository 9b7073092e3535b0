package org.ketoplan.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ketoplan.cli.CliRun;
import org.ketoplan.cli.ExitCodes;
import org.ketoplan.plan.PlanFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report files: the workbook's tables and chart, the one-page PDF, and LibreOffice rendering the chart. */
class ReportFilesTest {
    @TempDir
    Path dir;

    private Path plan;
    private Path diary;

    @BeforeEach
    void writeFixture() {
        plan = dir.resolve("plan.json");
        PlanFile.write(plan, DiaryFixture.planWithBiscuit(), false);
        diary = dir.resolve("diary");
        DiaryFixture.writeDiary(diary);
    }

    private CliRun report(Path out, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("adherence", "--plan",
                plan.toString(), "--diary", diary.toString(), "--out", out.toString()));
        args.addAll(java.util.List.of(more));
        return CliRun.of(args.toArray(new String[0]));
    }

    @Test
    void workbookHasTheTablesAndATwoAxisLineChart() throws IOException {
        Path xlsx = dir.resolve("report.xlsx");
        CliRun r = report(xlsx);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(java.util.List.of("Summary", "Weeks", "Trends", "Days", "Flags", "Chart data",
                    "Definitions"), java.util.stream.IntStream.range(0, wb.getNumberOfSheets())
                    .mapToObj(wb::getSheetName).toList());
            XSSFSheet summary = wb.getSheet("Summary");
            java.util.List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
            // daily and weekly: adherence and seizures, spasms, ketones and glucose
            assertEquals(6, charts.size());
            XSSFChart chart = charts.get(3);
            assertEquals("Weekly adherence and seizures per day", chart.getTitleText().getString());
            // adherence % on the left axis; seizures per day and the baseline on the right
            assertEquals(2, chart.getChartSeries().size());
            assertEquals(1, chart.getChartSeries().get(0).getSeriesCount());
            assertEquals(2, chart.getChartSeries().get(1).getSeriesCount());
            assertEquals(2, chart.getCTChart().getPlotArea().getValAxArray().length);
            // week 2: 14 / 21 adherent
            assertEquals(14 * 100.0 / 21, wb.getSheet("Weeks").getRow(2).getCell(7).getNumericCellValue(), 1e-9);
            assertEquals(29, wb.getSheet("Days").getLastRowNum() + 1);
        }
        CliRun again = report(xlsx);
        assertEquals(ExitCodes.BAD_INPUT, again.code());
        assertTrue(again.err().contains("already exists; use --force"), again.err());
        assertEquals(ExitCodes.OK, report(xlsx, "--force").code());
    }

    @Test
    void pdfIsOnePageWithTheChartAndDefinitions() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        assertEquals(ExitCodes.OK, report(pdf).code());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Daily adherence and seizures"), text);
            assertTrue(text.contains("Baseline 6"), text);
            assertTrue(text.contains("Adherence 60.7 % (51 of 84 meals)"), text);
            assertTrue(text.contains("Definitions"), text);
        }
    }

    @Test
    void libreOfficeRendersTheWorkbookChart() throws Exception {
        Assumptions.assumeTrue(soffice(), "LibreOffice (soffice) is not installed");
        Path xlsx = dir.resolve("report.xlsx");
        assertEquals(ExitCodes.OK, report(xlsx).code());
        Path outDir = dir.resolve("lo");
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--headless", "--convert-to", "pdf", "--outdir", outDir.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("lo.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish");
        Path pdf = outDir.resolve("report.pdf");
        assertTrue(Files.exists(pdf), Files.readString(dir.resolve("lo.log")));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String first = new PDFTextStripper() {
                {
                    setStartPage(1);
                    setEndPage(1);
                }
            }.getText(doc);
            // the chart's title, legend and axis titles are drawn on the summary page
            assertTrue(first.contains("Daily adherence and seizures"), first);
            assertTrue(first.contains("Clusters or seizures per day"), first);
            assertTrue(first.contains("Baseline 6"), first);
        }
    }

    private static boolean soffice() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, "soffice"))) {
                return true;
            }
        }
        return false;
    }
}
