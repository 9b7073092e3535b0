package org.ketoplan.export;

import static org.ketoplan.export.DaySheetParts.BOX;
import static org.ketoplan.export.DaySheets.GREY;
import static org.ketoplan.export.DaySheets.INK;
import static org.ketoplan.export.DaySheets.RULE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.prescription.ActionLevels;

/**
 * The day's record to fill in: a row per seizure (a cluster of spasms with how many, or another seizure) beside a
 * row per blood reading, then sleep, illness, stress, urine ketones and weight, and the levels to act on.
 */
final class DaySheetRecords {
    /** The most rows the record gets when a short day leaves room. */
    static final int MAX_ROWS = 14;
    private static final String[] SEIZURE_COLUMNS = {"Time", "Spasms", "Other", "Min", "Rescue medicine"};
    private static final float[] SEIZURE_SHARES = {0.15f, 0.17f, 0.14f, 0.12f, 0.42f};
    private static final String[] READING_COLUMNS = {"Time", "Ketones", "Glucose"};
    private static final float[] READING_SHARES = {0.3f, 0.35f, 0.35f};
    private static final float TITLE = 14;
    private static final float HEADER = 12;
    private static final float TEXT = 10.5f;

    private final DaySheets.Metrics m;
    private final List<String> legend;
    /** The day's other figures to fill in: pieces of text and tick boxes, flowed over lines. */
    private final List<List<Chip>> dayLine;
    private final List<String> act;

    DaySheetRecords(PdfCanvas c, DaySheets.Metrics m) {
        this.m = m;
        float w = c.width();
        legend = c.wrap(c.regular, 7.5f, "A row per seizure: a cluster of spasms (how many), or another seizure "
                + "(tick Other).", w * 0.62f);
        dayLine = Chip.flow(c, 8.5f, w, List.of(
                List.of(Chip.box(), Chip.text("No seizures today")),
                List.of(Chip.text("Sleep ______ h")),
                List.of(Chip.text("Ill"), Chip.box(), Chip.text("yes"), Chip.box(), Chip.text("no")),
                List.of(Chip.text("Stress"), Chip.box(), Chip.text("none"), Chip.box(), Chip.text("mild"),
                        Chip.box(), Chip.text("moderate"), Chip.box(), Chip.text("severe")),
                List.of(Chip.text("Urine ketones ________")),
                List.of(Chip.text("Weight ______ kg"))));
        ActionLevels a = ActionLevels.defaults();
        act = c.wrap(c.regular, 7.5f, "Act on blood glucose " + Numbers.plain(a.glucoseLowMmol())
                + " mmol/L or below, or blood ketones " + Numbers.plain(a.ketonesHighMmol()) + " mmol/L or above, "
                + "as your team's plan says (UK protocols; see 'ketoplan sources').", w);
    }

    float height(int rows) {
        return 4 + TITLE + legend.size() * 9 + 3 + HEADER + rows * m.recordRow() + 4 + dayLine.size() * TEXT
                + act.size() * 9;
    }

    void draw(PdfCanvas c, int rows) throws IOException {
        float x = c.left();
        float w = c.width();
        float seizuresWidth = w * 0.62f;
        float gap = 10;
        float readingsX = x + seizuresWidth + gap;
        float readingsWidth = w - seizuresWidth - gap;
        c.down(4);
        float top = c.y();
        c.tagged("H2", () -> c.text(x, top - 10.5f, c.bold, 10.5f, "Seizures today", INK));
        c.tagged("H2", () -> c.text(readingsX, top - 10.5f, c.bold, 10.5f, "Blood readings (mmol/L)", INK));
        c.down(TITLE);
        float legendTop = c.y();
        c.tagged("P", () -> {
            for (int i = 0; i < legend.size(); i++) {
                c.text(x, legendTop - 7.5f - 9 * i, c.regular, 7.5f, legend.get(i), GREY);
            }
        });
        c.down(legend.size() * 9 + 3);
        float tableTop = c.y();
        table(c, x, seizuresWidth, SEIZURE_COLUMNS, SEIZURE_SHARES, rows, tableTop);
        table(c, readingsX, readingsWidth, READING_COLUMNS, READING_SHARES, rows, tableTop);
        c.down(HEADER + rows * m.recordRow() + 4);
        c.tagged("P", () -> {
            for (List<Chip> l : dayLine) {
                for (Chip p : l) {
                    p.draw(c, x, c.y() - 8.5f, 8.5f);
                }
                c.down(TEXT);
            }
        });
        c.tagged("P", () -> {
            for (String l : act) {
                c.text(x, c.y() - 7.5f, c.regular, 7.5f, l, GREY);
                c.down(9);
            }
        });
    }

    private void table(PdfCanvas c, float left, float width, String[] columns, float[] shares, int rows,
                       float top) throws IOException {
        float height = HEADER + rows * m.recordRow();
        c.rect(left, top - height, width, height, INK, null);
        c.open("Table");
        c.open("TR");
        float at = left;
        for (int i = 0; i < columns.length; i++) {
            float cx = at;
            String col = columns[i];
            c.tagged("TH", () -> c.text(cx + 3, top - 9, c.bold, 7.5f, col, INK));
            at += shares[i] * width;
            if (i < columns.length - 1) {
                c.line(at, top, at, top - height, RULE, 0.5f);
            }
        }
        c.end();
        c.end();
        c.line(left, top - HEADER, left + width, top - HEADER, INK, 0.6f);
        for (int r = 1; r < rows; r++) {
            float y = top - HEADER - r * m.recordRow();
            c.line(left, y, left + width, y, RULE, 0.4f);
        }
    }

    /**
     * A piece of a line to fill in, at its place on the line: a text, or a tick box.
     *
     * @param dx where it starts, from the line's left
     * @param text the text, or null for a box
     */
    record Chip(float dx, String text) {
        static Chip text(String t) {
            return new Chip(0, t);
        }

        static Chip box() {
            return new Chip(0, null);
        }

        float width(PdfCanvas c, float size) {
            return text == null ? BOX : c.width(c.regular, size, text);
        }

        void draw(PdfCanvas c, float x, float baseline, float size) throws IOException {
            if (text == null) {
                c.rect(x + dx, baseline - 1, BOX, BOX, INK, null);
            } else {
                c.text(x + dx, baseline, c.regular, size, text, INK);
            }
        }

        /** Groups of pieces (kept together) placed on lines no wider than {@code width}. */
        static List<List<Chip>> flow(PdfCanvas c, float size, float width, List<List<Chip>> groups) {
            List<List<Chip>> lines = new ArrayList<>();
            List<Chip> line = new ArrayList<>();
            float at = 0;
            for (List<Chip> g : groups) {
                float w = 0;
                for (Chip p : g) {
                    w += p.width(c, size) + 4;
                }
                if (at > 0 && at + w > width) {
                    lines.add(line);
                    line = new ArrayList<>();
                    at = 0;
                }
                for (Chip p : g) {
                    line.add(new Chip(at, p.text()));
                    at += p.width(c, size) + 4;
                }
                at += 14;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            return lines;
        }
    }
}
