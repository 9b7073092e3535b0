package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketoplan.export.PdfChecks;

/**
 * Day sheets of a plan made from the shipped foods and recipes for the bundled example infant (three meals and four
 * feeds a day): one page a day on A4 and on Letter, tagged in English with embedded fonts, household names, the
 * day's fluid and supplements; and {@code today} wherever a date is asked for.
 */
class PrintShippedPlanTest {
    @TempDir
    static Path dir;

    private static Path plan;

    @BeforeAll
    static void planThreeDaysFromToday() {
        plan = dir.resolve("plan.json");
        CliRun r = CliRun.of("plan", "--example", "--days", "3", "--start", "today", "--out", plan.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
    }

    @Test
    void oneTaggedPageADayOnA4AndOnLetter() throws Exception {
        for (String paper : new String[] {"a4", "letter"}) {
            Path pdf = dir.resolve("days-" + paper + ".pdf");
            CliRun r = CliRun.of("print", plan.toString(), "--paper", paper, "--out", pdf.toString());
            assertEquals(ExitCodes.OK, r.code(), r.err());
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertEquals(3, doc.getNumberOfPages(), paper);
                Set<String> types = PdfChecks.assertTaggedAndEmbedded(doc);
                assertTrue(types.containsAll(Set.of("H1", "H2", "Table")), types.toString());
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                // household names, not the USDA's descriptive ones
                assertTrue(text.contains("KetoCal 3:1 powder"), text);
                assertFalse(text.contains("Water, tap, drinking"), text);
                assertTrue(text.contains("tap water (not counted)"), text);
                assertTrue(text.contains("Fluid 800 ml in all today."), text);
                assertTrue(text.contains("Supplements"), text);
                assertTrue(text.contains("Seizures today") && text.contains("Rescue medicine"), text);
                assertTrue(text.contains("Blood readings (mmol/L)"), text);
            }
        }
    }

    @Test
    void todayIsADateForPrintToo() throws Exception {
        Path pdf = dir.resolve("today.pdf");
        CliRun r = CliRun.of("print", plan.toString(), "--day", "today", "--out", pdf.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(doc).contains("(" + LocalDate.now() + ")"));
        }
        CliRun yesterday = CliRun.of("print", plan.toString(), "--day", "yesterday", "--out",
                dir.resolve("y.pdf").toString());
        assertEquals(ExitCodes.BAD_INPUT, yesterday.code());
        assertTrue(yesterday.err().contains(LocalDate.now().minusDays(1).toString()), yesterday.err());
    }
}
