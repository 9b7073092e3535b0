package org.ketoplan.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.ketoplan.common.AtomicFiles;

/**
 * Writes an {@link AdherenceDocument} as a clinic summary on one A4 page (more only when a long period's weekly
 * table does not fit): the headline figures, the weekly chart drawn with PDFBox (see {@link PdfLineChart}), the
 * weekly table and the definitions.
 */
public final class AdherencePdf {
    private static final float MARGIN = 40;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument doc;
    private final PdfText pt;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream cs;
    private float y;

    private AdherencePdf(PDDocument doc) {
        this.doc = doc;
        this.pt = new PdfText(doc); // DejaVu, not Helvetica: a child's name may hold any letter
        this.regular = pt.regular;
        this.bold = pt.bold;
    }

    /** Writes {@code report} to {@code file} atomically; an existing file is replaced only with {@code force}. */
    public static void write(Path file, AdherenceDocument report, boolean force) {
        AtomicFiles.write(file, force, out -> {
            try (PDDocument doc = new PDDocument()) {
                AdherencePdf pdf = new AdherencePdf(doc);
                pdf.draw(report);
                pdf.cs.close();
                doc.save(out);
            }
        });
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void draw(AdherenceDocument r) throws IOException {
        newPage();
        text(bold, 15, MARGIN, y - 15, r.title());
        y -= 26;
        for (String line : r.summary()) {
            paragraph(regular, 9, line, 12);
        }
        y -= 6;
        float chartHeight = 250;
        need(chartHeight);
        PdfLineChart.draw(cs, pt, regular, r.chart(), MARGIN, y - chartHeight, WIDTH, chartHeight);
        y -= chartHeight + 14;
        if (!r.tables().isEmpty()) {
            weekTable(r.tables().get(0));
        }
        y -= 8;
        need(14);
        text(bold, 9, MARGIN, y - 9, "Definitions");
        y -= 14;
        for (String line : r.footer()) {
            paragraph(regular, 7, "- " + line, 8.6f);
        }
    }

    /** The weekly table: the first table of the document, with its columns narrowed to fit the page. */
    private void weekTable(AdherenceDocument.Table t) throws IOException {
        int[] cols = {0, 1, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16};
        String[] heads = {"Week", "From", "Logged %", "Adherence %", "Seizures/d", "Change %", "Responder",
                "Ill days", "Sleep h", "Weight kg", "BHB mean", "BHB in range"};
        float[] x = new float[heads.length];
        float[] share = {26, 52, 40, 50, 44, 40, 44, 34, 34, 44, 42, 52};
        float total = 0;
        for (float f : share) {
            total += f;
        }
        float at = MARGIN;
        for (int i = 0; i < heads.length; i++) {
            x[i] = at;
            at += share[i] / total * WIDTH;
        }
        need(24);
        for (int i = 0; i < heads.length; i++) {
            text(bold, 7, x[i], y - 8, heads[i]);
        }
        y -= 11;
        line(MARGIN, y, MARGIN + WIDTH, y);
        y -= 2;
        for (List<Object> row : t.rows()) {
            need(11);
            for (int i = 0; i < cols.length; i++) {
                Object v = cols[i] < row.size() ? row.get(cols[i]) : null;
                String s = v == null ? "-" : v instanceof Double d ? format(d, cols[i]) : v.toString();
                if (cols[i] == 16 && row.get(15) instanceof Number readings) {
                    s = readings.intValue() == 0 ? "-" : row.get(16) + "/" + readings;
                }
                text(regular, 8, x[i], y - 9, s);
            }
            y -= 11;
        }
    }

    private static String format(double v, int col) {
        if (col == 13) {
            return String.format(java.util.Locale.ROOT, "%+.2f", v);
        }
        if (col == 9) {
            return String.format(java.util.Locale.ROOT, "%+.1f", v);
        }
        return String.format(java.util.Locale.ROOT, col == 8 || col == 14 ? "%.2f" : "%.1f", v);
    }

    private void paragraph(PDFont font, float size, String text, float leading) throws IOException {
        for (String l : pt.wrap(font, size, text, WIDTH)) {
            need(leading);
            text(font, size, MARGIN, y - size, l);
            y -= leading;
        }
    }

    private void line(float x1, float y1, float x2, float y2) throws IOException {
        cs.setStrokingColor(0.4f, 0.4f, 0.4f);
        cs.setLineWidth(0.5f);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    private void text(PDFont font, float size, float x, float baseline, String s) throws IOException {
        PdfLineChart.text(cs, pt, font, size, x, baseline, s);
    }
}
