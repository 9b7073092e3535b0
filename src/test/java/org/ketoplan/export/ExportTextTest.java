package org.ketoplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanPatient;

/** Text from people in every export format: escaped or cleaned as the format needs, drawn in a font that has it. */
class ExportTextTest {
    /** A name with letters beyond Latin-1, CJK (not in the font), and characters iCalendar must escape. */
    static final String NAME = "Zoë-Łucja Ёлка Ζωή 漢字; one, two\\three";

    static Plan named(String name) {
        Plan p = PlanFixtures.days(2);
        PlanPatient pt = p.patient();
        return new Plan(p.formatVersion(), p.foodDataVersion(), p.seed(), new PlanPatient(name, pt.born(),
                pt.ageMonths(), pt.weightKg(), pt.timeZone(), pt.excludeFoods()), p.prescription(), p.tolerances(),
                p.foods(), p.days(), p.notes());
    }

    @Test
    void reminderLinesAreFoldedAt75OctetsAndReadBackWhole() throws Exception {
        String name = NAME + " " + "Ā".repeat(60);
        String ics = RemindersTest.ics(named(name), ZoneId.of("Europe/London"), 10);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(ics.contains("Zo"), ics);
        assertTrue(ics.contains("\\; one\\, two\\\\three"), ics); // RFC 5545 TEXT escapes
        Calendar cal = RemindersTest.parse(ics);
        cal.validate();
        VEvent e = cal.<VEvent>getComponents("VEVENT").get(0);
        assertTrue(e.getSummary().getValue().endsWith("(" + name + ")"), e.getSummary().getValue());
    }

    @Test
    void controlCharactersNeverReachACalendar() throws Exception {
        String ics = RemindersTest.ics(named("Bell\u0007 and\u0085next\u001b[31m"), ZoneId.of("UTC"), 0);
        assertFalse(ics.chars().anyMatch(c -> c < 0x20 && c != '\r' && c != '\n'), ics);
        assertFalse(ics.contains("\u0085"), ics);
        assertTrue(ics.contains("Bell  and next [31m"), ics);
    }

    @Test
    void daySheetsDrawTheNameInAFontThatHasItAndAQuestionMarkForWhatItLacks() throws Exception {
        Plan plan = named(NAME);
        try (PDDocument doc = Loader.loadPDF(DaySheetsTest.pdf(plan, plan.days(), Paper.A4))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Zoë-Łucja Ёлка Ζωή ??; one, two\\three"), text);
        }
    }

    @Test
    void aNameOf3000CharactersWithoutASpaceWrapsIntoLinesThatFitAndLosesNothing() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfText text = new PdfText(doc);
            String name = "Ab".repeat(1500);
            List<String> lines = text.wrap(text.bold, 20, name, 510);
            assertEquals(name, String.join("", lines));
            for (String l : lines) {
                assertTrue(text.width(text.bold, 20, l) <= 510, l);
            }
            // each full line holds as many characters as fit: one more would cross the edge
            String first = lines.get(0);
            assertTrue(text.width(text.bold, 20, first + name.charAt(first.length())) > 510);
            assertTrue(lines.size() > 50, "lines: " + lines.size());
        }
    }

    @Test
    void wrappingBreaksAtSpacesAndKeepsEveryWord() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfText text = new PdfText(doc);
            String s = "Weigh the yolk, cream and melted butter into a small heatproof cup and whisk until smooth.";
            List<String> lines = text.wrap(text.regular, 10, s, 150);
            assertEquals(s, String.join(" ", lines));
            lines.forEach(l -> assertTrue(text.width(text.regular, 10, l) <= 150, l));
            assertTrue(lines.size() >= 3, lines.toString());
        }
    }

    @Test
    void theAdherenceSummaryPrintsANameBeyondLatin1() throws Exception {
        // a C1 control character (U+0085) in the name crashed the summary when it was set in Helvetica
        AdherenceDocument doc = new AdherenceDocument("Adherence for " + NAME + "\u0085", List.of("Adherence 50 %"),
                List.of(), List.of(new AdherenceDocument.Chart("Weekly adherence and seizures", List.of("W1", "W2"),
                        new AdherenceDocument.Axis("Adherence %", 100.0),
                        new AdherenceDocument.Axis("Seizures per day", null),
                        List.of(new AdherenceDocument.Series("Adherence %", List.of(50.0, 60.0), false),
                                new AdherenceDocument.Series("Seizures per day", List.of(3.0, 2.0), true)),
                        List.of(new AdherenceDocument.Level("Baseline", 4.0, true)), "A chart")),
                List.of("A meal is logged when ..."));
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("adherence", ".pdf");
        try {
            AdherencePdf.write(pdf, doc, Paper.A4, true);
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(d);
                assertTrue(text.contains("Zoë-Łucja Ёлка Ζωή ??"), text);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(pdf);
        }
    }
}
