package org.ketoplan.export;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws a two-axis line chart into a PDF content stream: a frame, a left axis from 0 to 100 % with ticks and grid
 * lines, a right axis from 0 to a round maximum, category labels, the two series (a gap where a value is missing),
 * a dashed reference level on the right axis, axis titles and a legend.
 */
final class PdfLineChart {
    private static final float[] BLUE = {0.25f, 0.41f, 0.88f};
    private static final float[] RED = {0.70f, 0.13f, 0.13f};
    private static final float[] GREY = {0.5f, 0.5f, 0.5f};

    private PdfLineChart() {
    }

    static void draw(PDPageContentStream cs, PdfText pt, PDFont font, AdherenceDocument.Chart c, float x, float y, float w,
                     float h) throws IOException {
        float left = x + 42;
        float right = x + w - 42;
        float bottom = y + 34;
        float top = y + h - 34;
        text(cs, pt, font, 10, x + w / 2 - pt.width(font, 10, c.title()) / 2, y + h - 12, c.title());

        double rightMax = niceMax(c.right().values(), c.rightReference());
        cs.setLineWidth(0.4f);
        for (int i = 0; i <= 5; i++) {
            float gy = bottom + (top - bottom) * i / 5;
            cs.setStrokingColor(0.85f, 0.85f, 0.85f);
            cs.moveTo(left, gy);
            cs.lineTo(right, gy);
            cs.stroke();
            String l = Integer.toString(i * 20);
            text(cs, pt, font, 8, left - 5 - pt.width(font, 8, l), gy - 3, l);
            String r = number(rightMax * i / 5);
            text(cs, pt, font, 8, right + 5, gy - 3, r);
        }
        cs.setStrokingColor(0f, 0f, 0f);
        cs.setLineWidth(0.8f);
        cs.addRect(left, bottom, right - left, top - bottom);
        cs.stroke();

        int n = c.categories().size();
        for (int i = 0; i < n; i++) {
            float cx = xAt(i, n, left, right);
            cs.moveTo(cx, bottom);
            cs.lineTo(cx, bottom - 4);
            cs.stroke();
            String label = c.categories().get(i);
            text(cs, pt, font, 8, cx - pt.width(font, 8, label) / 2, bottom - 13, label);
        }
        vertical(cs, pt, font, 9, x + 10, (bottom + top) / 2, c.left().axisTitle(), true);
        vertical(cs, pt, font, 9, x + w - 6, (bottom + top) / 2, c.right().axisTitle(), false);

        if (c.rightReference() != null) {
            float ry = (float) (bottom + (top - bottom) * c.rightReference() / rightMax);
            cs.setStrokingColor(GREY[0], GREY[1], GREY[2]);
            cs.setLineWidth(1f);
            cs.setLineDashPattern(new float[] {4, 3}, 0);
            cs.moveTo(left, ry);
            cs.lineTo(right, ry);
            cs.stroke();
            cs.setLineDashPattern(new float[] {}, 0);
        }
        series(cs, c.left().values(), 100, left, right, bottom, top, BLUE);
        series(cs, c.right().values(), rightMax, left, right, bottom, top, RED);

        float lx = left;
        float ly = y + 8;
        lx = legend(cs, pt, font, lx, ly, BLUE, false, c.left().name());
        lx = legend(cs, pt, font, lx, ly, RED, false, c.right().name());
        if (c.rightReference() != null) {
            legend(cs, pt, font, lx, ly, GREY, true, c.rightReferenceName() + " (" + number(c.rightReference()) + ")");
        }
    }

    private static float xAt(int i, int n, float left, float right) {
        return left + (right - left) * (i + 0.5f) / n;
    }

    private static void series(PDPageContentStream cs, List<Double> values, double max, float left, float right,
                               float bottom, float top, float[] rgb) throws IOException {
        cs.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        cs.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        cs.setLineWidth(1.8f);
        int n = values.size();
        Float px = null;
        Float py = null;
        for (int i = 0; i < n; i++) {
            Double v = values.get(i);
            if (v == null) {
                px = null;
                continue;
            }
            float cx = xAt(i, n, left, right);
            float cy = (float) (bottom + (top - bottom) * Math.min(v, max) / max);
            if (px != null) {
                cs.moveTo(px, py);
                cs.lineTo(cx, cy);
                cs.stroke();
            }
            cs.addRect(cx - 2.2f, cy - 2.2f, 4.4f, 4.4f);
            cs.fill();
            px = cx;
            py = cy;
        }
        cs.setNonStrokingColor(0f, 0f, 0f);
    }

    private static float legend(PDPageContentStream cs, PdfText pt, PDFont font, float x, float y, float[] rgb,
                                boolean dashed, String label) throws IOException {
        cs.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        cs.setLineWidth(1.8f);
        if (dashed) {
            cs.setLineDashPattern(new float[] {4, 3}, 0);
        }
        cs.moveTo(x, y + 3);
        cs.lineTo(x + 18, y + 3);
        cs.stroke();
        cs.setLineDashPattern(new float[] {}, 0);
        text(cs, pt, font, 8, x + 22, y, label);
        return x + 22 + pt.width(font, 8, label) + 16;
    }

    /** The smallest 1, 2 or 5 x 10^k at or above every value (and the reference); 1 when all are zero. */
    static double niceMax(List<Double> values, Double reference) {
        double max = reference == null ? 0 : reference;
        for (Double v : values) {
            if (v != null) {
                max = Math.max(max, v);
            }
        }
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= max) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static void vertical(PDPageContentStream cs, PdfText pt, PDFont font, float size, float x, float midY, String s,
                                 boolean up) throws IOException {
        float half = pt.width(font, size, s) / 2;
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(0f, 0f, 0f);
        cs.setTextMatrix(up ? Matrix.getRotateInstance(Math.PI / 2, x, midY - half)
                : Matrix.getRotateInstance(-Math.PI / 2, x, midY + half));
        cs.showText(pt.printable(font, s));
        cs.endText();
    }

    /** Shows {@code s} with its baseline at ({@code x}, {@code baseline}). */
    static void text(PDPageContentStream cs, PdfText pt, PDFont font, float size, float x, float baseline, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(0f, 0f, 0f);
        cs.newLineAtOffset(x, baseline);
        cs.showText(pt.printable(font, s));
        cs.endText();
    }
}
