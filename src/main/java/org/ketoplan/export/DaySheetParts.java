package org.ketoplan.export;

import static org.ketoplan.export.DaySheets.BAND;
import static org.ketoplan.export.DaySheets.GREY;
import static org.ketoplan.export.DaySheets.INK;
import static org.ketoplan.export.DaySheets.RULE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ketoplan.plan.DayChecks;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanFood;
import org.ketoplan.plan.PlanMedicine;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;

/**
 * The parts of a day sheet, each measured before it is drawn: the heading, the day's fluid, medicines and
 * supplements, a meal (the record of seizures and readings is {@link DaySheetRecords}). A part is a list of lines of known height; the
 * structure elements each line draws into are opened and closed by lines of no height, so a part can run on to the
 * next page between any two lines and still read in order.
 */
final class DaySheetParts {
    /** The side of a tick box, in points. */
    static final float BOX = 8;

    private DaySheetParts() {
    }

    /** Draws one line of a part, its top at the cursor. */
    @FunctionalInterface
    interface LineDrawer {
        void draw(PdfCanvas c, float x, float width) throws IOException;
    }

    /**
     * One line of a part.
     *
     * @param height how far the cursor moves down after it
     * @param drawer what it draws
     */
    record Line(float height, LineDrawer drawer, boolean keepWithNext) {
        Line(float height, LineDrawer drawer) {
            this(height, drawer, false);
        }

        static Line open(String type) {
            return new Line(0, (c, x, w) -> c.open(type));
        }

        static Line end() {
            return new Line(0, (c, x, w) -> c.end());
        }
    }

    /** What to do when a part runs on to a new page. */
    @FunctionalInterface
    interface PageBreak {
        void next() throws IOException;
    }

    /** A part: its lines, drawn top to bottom. */
    record Block(List<Line> lines) {
        Block {
            lines = List.copyOf(lines);
        }

        float height() {
            float h = 0;
            for (Line l : lines) {
                h += l.height();
            }
            return h;
        }

        void draw(PdfCanvas c, float x, float width) throws IOException {
            draw(c, x, width, 0, lines.size());
        }

        /** Draws lines {@code from} (inclusive) to {@code to} (exclusive). */
        void draw(PdfCanvas c, float x, float width, int from, int to) throws IOException {
            for (Line l : lines.subList(from, to)) {
                l.drawer().draw(c, x, width);
                c.down(l.height());
            }
        }

        /** The parts one after the other as one block. */
        static Block of(List<Block> parts) {
            List<Line> all = new ArrayList<>();
            parts.forEach(p -> all.addAll(p.lines()));
            return new Block(all);
        }

        /**
         * Where a column of {@code height} ends: the index of the first line that goes to the next column (never
         * right after a line kept with the next one, such as a meal's title).
         */
        int columnBreak(float height) {
            float used = 0;
            int b = lines.size();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).height() > 0 && used + lines.get(i).height() > height + 0.01f) {
                    b = i;
                    break;
                }
                used += lines.get(i).height();
            }
            while (b > 0 && b < lines.size() && (lines.get(b - 1).height() == 0 || lines.get(b - 1).keepWithNext())) {
                b--;
            }
            return b;
        }

        /** The height of lines {@code from} to {@code to}. */
        float height(int from, int to) {
            float h = 0;
            for (Line l : lines.subList(from, to)) {
                h += l.height();
            }
            return h;
        }

        /** Draws the part in one column, moving it whole to a new page when it fits there, else line by line. */
        void drawFlowing(PdfCanvas c, PageBreak pageBreak) throws IOException {
            if (c.y() - height() < c.bottom() && height() <= c.usableHeight() * 0.8f) {
                pageBreak.next();
            }
            for (Line l : lines) {
                if (l.height() > 0 && c.y() - l.height() < c.bottom()) {
                    pageBreak.next();
                }
                l.drawer().draw(c, c.left(), c.width());
                c.down(l.height());
            }
        }
    }

    /** The child's name and the date, the day's place in the plan, how to weigh, and the safety notes. */
    static Block heading(PdfCanvas c, Plan plan, PlanDay day, boolean continued, DaySheets.Metrics m) {
        List<Line> lines = new ArrayList<>();
        String name = plan.patient().name();
        String date = DaySheets.dayName(day.date()) + (continued ? " (continued)" : "");
        float nameSize = 15;
        float dateSize = 11;
        lines.add(Line.open("H1"));
        float dateWidth = c.width(c.bold, dateSize, date);
        if (c.width(c.bold, nameSize, name) + 20 + dateWidth <= c.width()) {
            lines.add(new Line(19, (cv, x, w) -> {
                cv.text(x, cv.y() - 14, cv.bold, nameSize, name, INK);
                cv.text(x + w - dateWidth, cv.y() - 14, cv.bold, dateSize, date, INK);
            }));
        } else {
            for (String l : c.wrap(c.bold, nameSize, name, c.width())) {
                lines.add(new Line(18, (cv, x, w) -> cv.text(x, cv.y() - 14, cv.bold, nameSize, l, INK)));
            }
            lines.add(new Line(15, (cv, x, w) -> cv.text(x, cv.y() - 11, cv.bold, dateSize, date, INK)));
        }
        lines.add(Line.end());
        if (!continued) {
            int index = DaySheets.dayIndex(plan, day);
            String sub = (index >= 0 ? "Day " + (index + 1) + " of " + plan.days().size() + ". " : "")
                    + DaySheets.prescription(plan, day) + ". Weigh to the " + (Amounts.decimals(plan.tolerances().step())
                    == 0 ? "gram" : Amounts.number(plan.tolerances().step(), plan.tolerances().step()) + " g")
                    + "; tick what was given; write what was eaten.";
            paragraph(c, lines, c.regular, 8.5f, 10.5f, sub, c.width(), GREY);
            // the exceptions to the safety rules and the unverified age indications go on every sheet
            String unverified = "age indication not verified: check the label: ";
            List<String> labels = new ArrayList<>();
            for (String n : plan.notes()) {
                if (n.startsWith("allowed ")) {
                    paragraph(c, lines, c.bold, 8.5f, 10.5f, "Safety: " + n, c.width(), INK);
                } else if (n.startsWith(unverified)) {
                    labels.add(n.substring(unverified.length()));
                } else if (n.startsWith("age indication not verified")) {
                    paragraph(c, lines, c.bold, 8.5f, 10.5f, "Safety: " + n, c.width(), INK);
                }
            }
            if (!labels.isEmpty()) {
                paragraph(c, lines, c.bold, 8.5f, 10.5f, "Safety: age indication not verified, check the label of "
                        + String.join("; ", labels), c.width(), INK);
            }
        }
        lines.add(new Line(6, (cv, x, w) -> cv.line(x, cv.y() - 3, x + w, cv.y() - 3, INK, 1f)));
        return new Block(lines);
    }

    /** Wrapped text as one paragraph (P) of lines. */
    private static void paragraph(PdfCanvas c, List<Line> lines, org.apache.pdfbox.pdmodel.font.PDFont font,
                                  float size, float leading, String text, float width, java.awt.Color color) {
        lines.add(Line.open("P"));
        for (String l : c.wrap(font, size, text, width)) {
            lines.add(new Line(leading, (cv, x, w) -> cv.text(x, cv.y() - size, font, size, l, color)));
        }
        lines.add(Line.end());
    }

    /** The day's fluid target, medicines and supplements to tick, and the nutrients the food is short of. */
    static Block info(PdfCanvas c, Plan plan, PlanDay day, DaySheets.Metrics m) {
        List<Line> lines = new ArrayList<>();
        double target = plan.prescription().fluidMl();
        if (target > 0) {
            DayChecks checks = day.checks();
            double fromFood = checks == null ? 0 : checks.fluidMl();
            double rest = target - fromFood;
            String fluid = "Fluid: " + Amounts.number(target, 1) + " ml in all today. " + (checks == null ? ""
                    : rest > 0 ? "Meals and feeds give " + Amounts.number(fromFood, 1) + " ml: give about "
                    + Amounts.number(rest, 1) + " ml more as water, spread over the day."
                    : "Meals and feeds give " + Amounts.number(fromFood, 1) + " ml, the whole day's fluid.");
            labelled(c, lines, "Fluid", List.of(), fluid.substring("Fluid: ".length()));
        }
        List<String> medicines = new ArrayList<>();
        List<String> supplements = new ArrayList<>();
        record Dose(String time, String name, boolean supplement) {
        }
        List<Dose> doses = new ArrayList<>();
        for (PlanMedicine med : plan.prescription().medicines()) {
            if (med.times().isEmpty()) {
                doses.add(new Dose("", med.name() + " (" + med.dosesPerDay() + " a day)", med.isSupplement()));
            }
            for (String t : med.times()) {
                doses.add(new Dose(t, med.name(), med.isSupplement()));
            }
        }
        doses.sort(Comparator.comparing(Dose::time));
        for (Dose d : doses) {
            (d.supplement() ? supplements : medicines).add((d.time().isEmpty() ? "" : d.time() + " ") + d.name());
        }
        if (!medicines.isEmpty()) {
            labelled(c, lines, "Medicines", medicines, "");
        }
        String shortOf = shortOf(day);
        labelled(c, lines, "Supplements", supplements, (supplements.isEmpty()
                ? "none in the plan: give those your dietitian prescribed." : "")
                + (shortOf.isEmpty() ? "" : (supplements.isEmpty() ? " " : "") + "Today's food gives less than the "
                + "reference intake of " + shortOf + "."));
        lines.add(new Line(3, (cv, x, w) -> { }));
        return new Block(lines);
    }

    /** "calcium (37 %), iron (21 %)": the day's nutrients below the reference intake, as the day checks found. */
    private static String shortOf(PlanDay day) {
        if (day.checks() == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (DayChecks.NutrientCheck n : day.checks().micronutrients()) {
            if (n.needsSupplement()) {
                out.add(n.label() + " (" + Math.round(n.pct()) + " %)");
            }
        }
        return String.join(", ", out);
    }

    /** A bold label, tick boxes with their texts flowing over lines, then plain text, as one paragraph. */
    private static void labelled(PdfCanvas c, List<Line> lines, String label, List<String> ticks, String text) {
        float size = 9;
        float leading = 11.5f;
        float labelWidth = 72;
        float width = c.width() - labelWidth;
        // place every tick (box + text) and word of the text on lines no wider than the column
        record Piece(float dx, String text, boolean box) {
        }
        List<List<Piece>> rows = new ArrayList<>();
        List<Piece> row = new ArrayList<>();
        float at = 0;
        for (String t : ticks) {
            float w = BOX + 4 + c.width(c.regular, size, t);
            if (at > 0 && at + w > width) {
                rows.add(row);
                row = new ArrayList<>();
                at = 0;
            }
            row.add(new Piece(at, t, true));
            at += w + 14;
        }
        if (!text.isEmpty()) {
            List<String> wrapped = c.wrap(c.regular, size, text, width);
            if (at > 0) {
                rows.add(row);
                row = new ArrayList<>();
                at = 0;
            }
            for (int i = 0; i < wrapped.size(); i++) {
                row.add(new Piece(0, wrapped.get(i), false));
                if (i < wrapped.size() - 1) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        lines.add(Line.open("P"));
        for (int r = 0; r < rows.size(); r++) {
            List<Piece> pieces = rows.get(r);
            boolean first = r == 0;
            lines.add(new Line(leading, (cv, x, w) -> {
                float base = cv.y() - size;
                if (first) {
                    cv.text(x, base, cv.bold, size, label, INK);
                }
                for (Piece p : pieces) {
                    float px = x + labelWidth + p.dx();
                    if (p.box()) {
                        cv.rect(px, base - 1, BOX, BOX, INK, null);
                        cv.text(px + BOX + 4, base, cv.regular, size, p.text(), INK);
                    } else {
                        cv.text(px, base, cv.regular, size, p.text(), INK);
                    }
                }
            }));
        }
        lines.add(Line.end());
    }

    /** A meal in a column {@code width} wide: its title band, a row per food, and the directions. */
    static Block meal(PdfCanvas c, Plan plan, PlannedMeal meal, float width, DaySheets.Metrics m) {
        List<Line> lines = new ArrayList<>();
        Map<String, PlanFood> foods = plan.foodsById();
        lines.add(Line.open("Sect"));
        lines.add(Line.open("H2"));
        String title = meal.kind() == org.ketoplan.plan.MealKind.FEED_BATCH ? "Make up first  The day's feeds"
                + (meal.volumeMl() == null ? "" : ", " + Amounts.number(meal.volumeMl(), 1) + " ml")
                : (meal.time() == null || meal.time().isBlank() ? "Any time" : meal.time()) + "  "
                + capitalised(meal.slot());
        String recipe = meal.recipeName() == null ? "" : meal.recipeName().trim();
        float titleWidth = c.width(c.bold, m.title(), title);
        float recipeSize = m.note() + 1;
        boolean beside = !recipe.isEmpty() && titleWidth + 12 + c.width(c.regular, recipeSize, recipe) <= width - 8;
        float band = m.title() + 5;
        lines.add(new Line(band, (cv, x, w) -> {
            cv.rect(x, cv.y() - band, w, band, null, BAND);
            float base = cv.y() - band + 4;
            cv.text(x + 4, base, cv.bold, m.title(), title, INK);
            if (beside) {
                cv.text(x + 4 + titleWidth + 12, base, cv.regular, recipeSize, recipe, INK);
            }
        }, true));
        if (!beside && !recipe.isEmpty()) {
            for (String l : c.wrap(c.regular, recipeSize, recipe, width - 8)) {
                lines.add(new Line(m.noteLeading() + 3, (cv, x, w) -> cv.text(x + 4, cv.y() - recipeSize - 1.5f,
                        cv.regular, recipeSize, l, INK), true));
            }
        }
        lines.add(Line.end());
        float gramsWidth = 42;
        float eatenWidth = c.width(c.regular, m.note(), "eaten _____ ml") + 4;
        float nameWidth = width - BOX - 6 - gramsWidth - 6 - eatenWidth;
        lines.add(Line.open("Table"));
        for (PlannedFood f : meal.foods()) {
            PlanFood pf = foods.get(f.id());
            String name = (pf != null ? pf.householdName() : f.name() == null || f.name().isBlank() ? f.id()
                    : f.name()) + (f.counted() ? "" : " (not counted)");
            List<String> wrapped = c.wrap(c.regular, m.food(), name, nameWidth);
            String grams = Amounts.weigh(f.amount(), f.counted() ? plan.tolerances().step() : 0.1, f.unit().unit());
            String eaten = "eaten _____ " + f.unit();
            float h = m.row() + m.foodLeading() * (wrapped.size() - 1);
            lines.add(new Line(h, (cv, x, w) -> {
                float base = cv.y() - m.row() + 3.5f;
                cv.open("TR");
                cv.rect(x + 1, base - 1, BOX, BOX, INK, null);
                cv.open("TD");
                for (int i = 0; i < wrapped.size(); i++) {
                    cv.text(x + BOX + 6, base - m.foodLeading() * i, cv.regular, m.food(), wrapped.get(i), INK);
                }
                cv.end();
                float nameEnd = x + BOX + 6 + nameWidth;
                cv.tagged("TD", () -> cv.text(nameEnd + 6 + gramsWidth - cv.width(cv.bold, m.grams(), grams), base,
                        cv.bold, m.grams(), grams, INK));
                cv.tagged("TD", () -> cv.text(x + w - cv.width(cv.regular, m.note(), eaten), base, cv.regular,
                        m.note(), eaten, GREY));
                cv.end();
                cv.line(x + BOX + 6, cv.y() - h + 1.5f, x + w, cv.y() - h + 1.5f, RULE, 0.3f);
            }));
        }
        lines.add(Line.end());
        if (!meal.directions().isEmpty()) {
            lines.add(new Line(1, (cv, x, w) -> { }));
            String how = "How to: " + String.join(" ", meal.directions());
            lines.add(Line.open("P"));
            for (String l : c.wrap(c.regular, m.note(), how, width - 4)) {
                lines.add(new Line(m.noteLeading(), (cv, x, w) -> cv.text(x + 2, cv.y() - m.note(), cv.regular,
                        m.note(), l, GREY)));
            }
            lines.add(Line.end());
        }
        lines.add(new Line(m.gap(), (cv, x, w) -> { }));
        lines.add(Line.end());
        return new Block(lines);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
