package org.ketoplan.export;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws a line chart into a PDF page as one tagged figure (its description is the figure's alternative text): a
 * frame, a left axis from 0 and an optional right one, each to its given top or a round number above every value,
 * category labels (every n-th when they would crowd), the lines with a gap where a value is missing (nothing
 * recorded, never drawn as 0), dashed reference levels, axis titles and a legend.
 */
final class PdfLineChart {
    private static final float[][] COLORS = {{0.25f, 0.41f, 0.88f}, {0.70f, 0.13f, 0.13f}, {0.0f, 0.45f, 0.2f},
        {0.85f, 0.45f, 0.0f}};
    private static final float[] GREY = {0.45f, 0.45f, 0.45f};

    private PdfLineChart() {
    }

    /** Draws {@code c} in the box from ({@code x}, {@code y}) bottom-left, {@code w} by {@code h} points. */
    static void draw(PdfCanvas canvas, AdherenceDocument.Chart c, float x, float y, float w, float h)
            throws IOException {
        canvas.figure(c.description(), () -> drawInside(canvas, c, x, y, w, h));
    }

    private static void drawInside(PdfCanvas canvas, AdherenceDocument.Chart c, float x, float y, float w, float h)
            throws IOException {
        PDPageContentStream cs = canvas.stream();
        PDFont font = canvas.regular;
        boolean right = c.right() != null;
        float left = x + 30;
        float rightEdge = x + w - (right ? 30 : 8);
        float legendRows = legendRows(canvas, c, w);
        float bottom = y + 22 + legendRows * 10;
        float top = y + h - 16;
        text(canvas, cs, canvas.bold, 8.5f, x + w / 2 - canvas.width(canvas.bold, 8.5f, c.title()) / 2, y + h - 9,
                c.title());

        double leftMax = c.left().max() != null ? c.left().max() : niceMax(c, false);
        double rightMax = !right ? 1 : c.right().max() != null ? c.right().max() : niceMax(c, true);
        cs.setLineWidth(0.4f);
        for (int i = 0; i <= 4; i++) {
            float gy = bottom + (top - bottom) * i / 4;
            cs.setStrokingColor(0.86f, 0.86f, 0.86f);
            cs.moveTo(left, gy);
            cs.lineTo(rightEdge, gy);
            cs.stroke();
            String l = number(leftMax * i / 4);
            text(canvas, cs, font, 6.5f, left - 3 - canvas.width(font, 6.5f, l), gy - 2, l);
            if (right) {
                text(canvas, cs, font, 6.5f, rightEdge + 3, gy - 2, number(rightMax * i / 4));
            }
        }
        cs.setStrokingColor(0f, 0f, 0f);
        cs.setLineWidth(0.7f);
        cs.addRect(left, bottom, rightEdge - left, top - bottom);
        cs.stroke();

        int n = c.categories().size();
        float widest = 0;
        for (String label : c.categories()) {
            widest = Math.max(widest, canvas.width(font, 6.5f, label));
        }
        int every = Math.max(1, (int) Math.ceil((widest + 4) / Math.max(1, (rightEdge - left) / Math.max(1, n))));
        for (int i = 0; i < n; i++) {
            float cx = xAt(i, n, left, rightEdge);
            cs.moveTo(cx, bottom);
            cs.lineTo(cx, bottom - (i % every == 0 ? 3 : 1.5f));
            cs.stroke();
            if (i % every == 0) {
                String label = c.categories().get(i);
                text(canvas, cs, font, 6.5f, cx - canvas.width(font, 6.5f, label) / 2, bottom - 10, label);
            }
        }
        vertical(canvas, cs, font, 7, x + 7, (bottom + top) / 2, c.left().title(), true);
        if (right) {
            vertical(canvas, cs, font, 7, x + w - 3, (bottom + top) / 2, c.right().title(), false);
        }
        for (AdherenceDocument.Level l : c.levels()) {
            double max = l.right() ? rightMax : leftMax;
            if (l.value() > max) {
                continue;
            }
            float ly = (float) (bottom + (top - bottom) * l.value() / max);
            cs.setStrokingColor(GREY[0], GREY[1], GREY[2]);
            cs.setLineWidth(0.9f);
            cs.setLineDashPattern(new float[] {3, 2.5f}, 0);
            cs.moveTo(left, ly);
            cs.lineTo(rightEdge, ly);
            cs.stroke();
            cs.setLineDashPattern(new float[] {}, 0);
        }
        int k = 0;
        for (AdherenceDocument.Series s : c.series()) {
            series(cs, s.values(), s.right() ? rightMax : leftMax, left, rightEdge, bottom, top,
                    COLORS[k++ % COLORS.length], n);
        }
        legend(canvas, cs, c, x + 4, y + 4 + (legendRows - 1) * 10, w - 8);
    }

    private static float xAt(int i, int n, float left, float right) {
        return left + (right - left) * (i + 0.5f) / n;
    }

    private static void series(PDPageContentStream cs, List<Double> values, double max, float left, float right,
                               float bottom, float top, float[] rgb, int n) throws IOException {
        cs.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        cs.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        cs.setLineWidth(1.4f);
        float dot = n > 40 ? 1.2f : 1.8f;
        Float px = null;
        Float py = null;
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null) {
                px = null; // nothing recorded: the line breaks here
                continue;
            }
            float cx = xAt(i, n, left, right);
            float cy = (float) (bottom + (top - bottom) * Math.min(v, max) / max);
            if (px != null) {
                cs.moveTo(px, py);
                cs.lineTo(cx, cy);
                cs.stroke();
            }
            cs.addRect(cx - dot, cy - dot, 2 * dot, 2 * dot);
            cs.fill();
            px = cx;
            py = cy;
        }
        cs.setNonStrokingColor(0f, 0f, 0f);
    }

    private static float legendRows(PdfCanvas canvas, AdherenceDocument.Chart c, float w) {
        float at = 0;
        int rows = 1;
        for (String label : labels(c)) {
            float lw = 20 + canvas.width(canvas.regular, 6.5f, label) + 10;
            if (at > 0 && at + lw > w - 8) {
                rows++;
                at = 0;
            }
            at += lw;
        }
        return rows;
    }

    private static List<String> labels(AdherenceDocument.Chart c) {
        List<String> out = new java.util.ArrayList<>();
        c.series().forEach(s -> out.add(s.name()));
        c.levels().forEach(l -> out.add(l.name()));
        return out;
    }

    private static void legend(PdfCanvas canvas, PDPageContentStream cs, AdherenceDocument.Chart c, float x, float y,
                               float w) throws IOException {
        float at = 0;
        float row = y;
        int i = 0;
        for (String label : labels(c)) {
            boolean level = i >= c.series().size();
            float[] rgb = level ? GREY : COLORS[i % COLORS.length];
            float lw = 20 + canvas.width(canvas.regular, 6.5f, label) + 10;
            if (at > 0 && at + lw > w) {
                row -= 10;
                at = 0;
            }
            cs.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            cs.setLineWidth(level ? 0.9f : 1.4f);
            if (level) {
                cs.setLineDashPattern(new float[] {3, 2.5f}, 0);
            }
            cs.moveTo(x + at, row + 2.5f);
            cs.lineTo(x + at + 15, row + 2.5f);
            cs.stroke();
            cs.setLineDashPattern(new float[] {}, 0);
            text(canvas, cs, canvas.regular, 6.5f, x + at + 18, row, label);
            at += lw;
            i++;
        }
    }

    /** A round number (1, 2 or 5 x 10^k) at or above every value and level on one axis; 1 when all are zero. */
    static double niceMax(AdherenceDocument.Chart c, boolean right) {
        double max = 0;
        for (AdherenceDocument.Series s : c.series()) {
            if (s.right() == right) {
                for (Double v : s.values()) {
                    if (v != null) {
                        max = Math.max(max, v);
                    }
                }
            }
        }
        for (AdherenceDocument.Level l : c.levels()) {
            if (l.right() == right) {
                max = Math.max(max, l.value());
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
        return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static void vertical(PdfCanvas canvas, PDPageContentStream cs, PDFont font, float size, float x,
                                 float midY, String s, boolean up) throws IOException {
        float half = canvas.width(font, size, s) / 2;
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(0f, 0f, 0f);
        cs.setTextMatrix(up ? Matrix.getRotateInstance(Math.PI / 2, x, midY - half)
                : Matrix.getRotateInstance(-Math.PI / 2, x, midY + half));
        cs.showText(canvas.printable(font, s));
        cs.endText();
    }

    private static void text(PdfCanvas canvas, PDPageContentStream cs, PDFont font, float size, float x,
                             float baseline, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(0f, 0f, 0f);
        cs.newLineAtOffset(x, baseline);
        cs.showText(canvas.printable(font, s));
        cs.endText();
    }
}
