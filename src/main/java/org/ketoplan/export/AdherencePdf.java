package org.ketoplan.export;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.ketoplan.common.AtomicFiles;

/**
 * Writes an {@link AdherenceDocument} as a one-page clinic summary: the period and the prescription, the headline
 * figures, the daily charts (adherence and clusters or seizures, spasms, blood ketones and glucose with their action
 * levels; gaps where nothing was recorded), the weekly table (the last {@value #WEEKS} weeks), the 4-week trends,
 * the readings at an action level and the definitions. Tagged, in English, its fonts embedded ({@link PdfCanvas}).
 * The page is laid out at the largest size that fits it.
 */
public final class AdherencePdf {
    /** The most weeks the page's table shows (the workbook has them all). */
    static final int WEEKS = 8;
    /** The most flagged readings the page lists (the workbook has them all). */
    static final int FLAGS = 4;
    private static final Color INK = Color.BLACK;
    private static final Color GREY = new Color(0x44, 0x44, 0x44);
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final String[] WEEK_COLUMNS = {"Week", "From", "To", "Adherence %", "Logged %",
        "Clusters or seizures per day", "Change vs baseline %", "Responder", "Spasms per day", "Rescue medicine given",
        "Days ill", "Sleep h (mean)", "Stress 0-3 (mean)", "BHB mean mmol/L", "BHB in range",
        "Glucose lowest mmol/L", "Glucose at action level"};
    private static final String[] WEEK_HEADS = {"Wk", "From", "To", "Adh %", "Logged %", "Seiz/day", "vs base %",
        "Resp.", "Spasms/d", "Rescue", "Ill d", "Sleep h", "Stress", "BHB", "BHB in range", "Gluc min", "Gluc low"};

    private AdherencePdf() {
    }

    /** Sizes of one try at fitting the page. */
    private record Scale(float text, float leading, float wide, float narrow, float small, float smallLeading) {
    }

    private static final Scale[] SCALES = {new Scale(8.3f, 10f, 140, 120, 6.4f, 7.6f),
        new Scale(7.8f, 9.3f, 120, 105, 6f, 7.1f), new Scale(7.3f, 8.6f, 100, 90, 5.6f, 6.6f),
        new Scale(7f, 8.2f, 92, 82, 5.4f, 6.3f), new Scale(6.8f, 7.9f, 84, 76, 5.2f, 6f)};

    /** Writes {@code report} on {@code paper} to {@code file} atomically; replaces a file only with {@code force}. */
    public static void write(Path file, AdherenceDocument report, Paper paper, boolean force) {
        AtomicFiles.write(file, force, out -> {
            try (PDDocument doc = new PDDocument()) {
                doc.getDocumentInformation().setCreator("ketoplan");
                try (PdfCanvas c = new PdfCanvas(doc, paper, report.title())) {
                    Scale scale = SCALES[SCALES.length - 1];
                    for (Scale s : SCALES) {
                        if (height(c, report, s) <= c.usableHeight()) {
                            scale = s;
                            break;
                        }
                    }
                    c.newPage();
                    draw(c, report, scale);
                    List<PDPage> pages = c.takePages();
                    for (int i = 0; i < pages.size(); i++) {
                        c.footer(pages.get(i), report.title(), pages.size() == 1 ? "made by ketoplan"
                                : "page " + (i + 1) + " of " + pages.size());
                    }
                    c.finish();
                }
                doc.save(out);
            }
        });
    }

    /** The height the page's content takes at {@code s}. */
    private static float height(PdfCanvas c, AdherenceDocument r, Scale s) {
        float h = 20;
        for (String line : r.summary()) {
            h += c.wrap(c.regular, s.text(), line, c.width()).size() * s.leading();
        }
        h += 6 + s.wide() + 6 + s.narrow() + 8;
        if (!r.tables().isEmpty()) {
            h += 12 + 11 + Math.min(WEEKS, r.tables().get(0).rows().size()) * 9.5f + 6;
        }
        h += 12 + 10 + trendRows(r).size() * 9f + 6;
        int flags = flagLines(r).size();
        h += flags == 0 ? 0 : 12 + flags * s.leading();
        h += 12;
        for (String line : r.footer()) {
            h += c.wrap(c.regular, s.small(), "- " + line, c.width()).size() * s.smallLeading();
        }
        return h;
    }

    private static void draw(PdfCanvas c, AdherenceDocument r, Scale s) throws IOException {
        float x = c.left();
        float w = c.width();
        c.tagged("H1", () -> c.text(x, c.y() - 14, c.bold, 14, r.title(), INK));
        c.down(20);
        for (String line : r.summary()) {
            paragraph(c, c.regular, s.text(), s.leading(), line, INK);
        }
        c.down(6);
        List<AdherenceDocument.Chart> charts = r.charts();
        if (!charts.isEmpty()) {
            float top = c.y();
            PdfLineChart.draw(c, charts.get(0), x, top - s.wide(), w, s.wide());
            c.down(s.wide() + 6);
            float half = (w - 10) / 2;
            float row = c.y();
            if (charts.size() > 1) {
                PdfLineChart.draw(c, charts.get(1), x, row - s.narrow(), half, s.narrow());
            }
            if (charts.size() > 2) {
                PdfLineChart.draw(c, charts.get(2), x + half + 10, row - s.narrow(), half, s.narrow());
            }
            c.down(s.narrow() + 8);
        }
        if (!r.tables().isEmpty()) {
            weeks(c, r.tables().get(0));
        }
        trends(c, r);
        List<String> flags = flagLines(r);
        if (!flags.isEmpty()) {
            heading(c, "Readings at an action level");
            for (String f : flags) {
                paragraph(c, c.regular, s.text(), s.leading(), f, INK);
            }
        }
        heading(c, "Definitions");
        for (String line : r.footer()) {
            paragraph(c, c.regular, s.small(), s.smallLeading(), "- " + line, GREY);
        }
    }

    private static void heading(PdfCanvas c, String text) throws IOException {
        c.tagged("H2", () -> c.text(c.left(), c.y() - 9, c.bold, 9, text, INK));
        c.down(12);
    }

    private static void paragraph(PdfCanvas c, PDFont font, float size, float leading, String text, Color color)
            throws IOException {
        c.tagged("P", () -> {
            for (String l : c.wrap(font, size, text, c.width())) {
                if (!c.fits(leading)) {
                    c.newPage(); // never over the footer: a page too full goes on (the tests keep it to one)
                }
                c.text(c.left(), c.y() - size, font, size, l, color);
                c.down(leading);
            }
        });
    }

    /** The weekly table's last {@value #WEEKS} rows, in the columns the page has room for. */
    private static void weeks(PdfCanvas c, AdherenceDocument.Table t) throws IOException {
        heading(c, t.rows().size() > WEEKS ? "By week (the last " + WEEKS + "; every week in the workbook)"
                : "By week");
        int[] cols = new int[WEEK_COLUMNS.length];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = t.column(WEEK_COLUMNS[i]);
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : t.rows().subList(Math.max(0, t.rows().size() - WEEKS), t.rows().size())) {
            List<String> cells = new ArrayList<>();
            for (int col : cols) {
                Object v = col < 0 ? null : row.get(col);
                String text = col < 0 ? "-" : t.columns().get(col).format().text(v);
                if (v instanceof java.time.LocalDate d) {
                    text = d.toString().substring(5);
                }
                if (WEEK_COLUMNS[cells.size()].equals("BHB in range")) {
                    Object readings = row.get(t.column("BHB readings"));
                    text = readings instanceof Number n && n.intValue() > 0 ? text + "/" + n.intValue() : "-";
                }
                cells.add(v instanceof String str && str.isEmpty() ? "" : text);
            }
            rows.add(cells);
        }
        table(c, List.of(WEEK_HEADS), rows, 7f);
    }

    /** The trends pivoted: a row per measure, a column per week ("5.0 > 3.0, down 40 %"). */
    private static void trends(PdfCanvas c, AdherenceDocument r) throws IOException {
        List<List<String>> rows = trendRows(r);
        if (rows.size() <= 1) {
            return;
        }
        heading(c, "4-week trends: each week against the week before it");
        table(c, rows.get(0), rows.subList(1, rows.size()), 6.8f);
    }

    /** The trend table's header row and a row per measure. */
    private static List<List<String>> trendRows(AdherenceDocument r) {
        if (r.tables().size() < 2) {
            return List.of();
        }
        AdherenceDocument.Table t = r.tables().get(1);
        Map<String, List<String>> byMeasure = new LinkedHashMap<>();
        List<String> header = new ArrayList<>(List.of("Measure"));
        int week = t.column("Week");
        int measure = t.column("Measure");
        for (List<Object> row : t.rows()) {
            String wk = "Week " + ((Number) row.get(week)).intValue() + " vs before";
            if (!header.contains(wk)) {
                header.add(wk);
            }
            byMeasure.computeIfAbsent((String) row.get(measure), k -> new ArrayList<>(List.of(k)))
                    .add(change(t, row));
        }
        List<List<String>> out = new ArrayList<>();
        out.add(header);
        out.addAll(byMeasure.values());
        return out;
    }

    private static String change(AdherenceDocument.Table t, List<Object> row) {
        Object before = row.get(t.column("Week before"));
        Object now = row.get(t.column("This week"));
        Object pct = row.get(t.column("Change %"));
        Object change = row.get(t.column("Change"));
        String direction = (String) row.get(t.column("Direction"));
        String s = AdherenceDocument.Format.DECIMAL_1.text(before) + " \u2192 "
                + AdherenceDocument.Format.DECIMAL_1.text(now);
        if (change == null) {
            return s;
        }
        return s + ", " + direction + (direction.equals("no change") ? "" : pct != null
                ? " " + String.format(java.util.Locale.ROOT, "%.0f %%", Math.abs(((Number) pct).doubleValue()))
                : " " + AdherenceDocument.Format.DECIMAL_1.text(Math.abs(((Number) change).doubleValue())));
    }

    /** The flagged readings the page lists, with how many more there are. */
    private static List<String> flagLines(AdherenceDocument r) {
        AdherenceDocument.Table t = r.tables().size() > 3 ? r.tables().get(3) : null;
        List<String> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        List<String> flagged = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            String v = (String) row.get(0);
            if (v.isEmpty()) {
                break; // the sources follow the readings
            }
            flagged.add(v);
        }
        for (int i = 0; i < Math.min(FLAGS, flagged.size()); i++) {
            out.add(flagged.get(i));
        }
        if (flagged.size() > FLAGS) {
            out.add("and " + (flagged.size() - FLAGS) + " more (all in the workbook and the JSON report)");
        }
        return out;
    }

    /** A table with a bold header row; columns share the width by their widest text. */
    private static void table(PdfCanvas c, List<String> head, List<List<String>> rows, float size)
            throws IOException {
        int n = head.size();
        float[] widths = new float[n];
        for (int i = 0; i < n; i++) {
            widths[i] = c.width(c.bold, size - 0.3f, head.get(i));
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], c.width(c.regular, size, r.get(i)));
            }
            widths[i] += 6;
        }
        float total = 0;
        for (float wv : widths) {
            total += wv;
        }
        float stretch = c.width() / total;
        float[] xs = new float[n];
        float at = c.left();
        for (int i = 0; i < n; i++) {
            xs[i] = at;
            widths[i] *= stretch;
            at += widths[i];
        }
        c.open("Table");
        c.open("TR");
        for (int i = 0; i < n; i++) {
            String h = head.get(i);
            float hx = xs[i];
            c.tagged("TH", () -> c.text(hx, c.y() - size, c.bold, size - 0.3f, h, INK));
        }
        c.end();
        c.down(size + 3);
        c.line(c.left(), c.y(), c.left() + c.width(), c.y(), RULE, 0.5f);
        c.down(1.5f);
        for (List<String> r : rows) {
            c.open("TR");
            for (int i = 0; i < n; i++) {
                String v = r.get(i);
                float vx = xs[i];
                c.tagged("TD", () -> c.text(vx, c.y() - size, c.regular, size, v, INK));
            }
            c.end();
            c.down(size + 2.2f);
        }
        c.end();
        c.down(6);
    }
}
