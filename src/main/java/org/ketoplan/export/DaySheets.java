package org.ketoplan.export;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.common.Progress;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.plan.MealKind;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanMedicine;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;

/**
 * Writes printable day sheets (PDF) for parents: one page per day (a second one when a day does not fit) with
 * the child's name and the date, each meal at its time with every food and the amount to weigh at the plan's
 * scale step, short directions, a tick box and an "eaten" blank per food, the medicine times, and boxes for
 * seizures and ketone readings.
 */
public final class DaySheets {
    private static final Color INK = Color.BLACK;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color BAND = new Color(0xE8, 0xE8, 0xE8);
    private static final float GRAMS_WIDTH = 74;
    private static final float EATEN_WIDTH = 100;
    private static final float BOX = 11;
    /** The height of the two-line seizure and ketone record. */
    private static final float COMPACT_RECORDS = 8 + 17 * 2 + 4;

    private DaySheets() {
    }

    /**
     * Type sizes and spacing of a day's meals. A day is drawn {@link #NORMAL}; when it does not fit one page it is
     * drawn again {@link #COMPACT}, and only when that does not fit either does it continue on a second page.
     *
     * @param foodSize food name size
     * @param foodLeading line spacing of a wrapped food name
     * @param row height of a food row
     * @param gramsSize size of the amount to weigh
     * @param noteSize size of directions and "eaten" blanks
     * @param noteLeading line spacing of directions
     * @param mealGap space above a meal
     */
    record Metrics(float foodSize, float foodLeading, float row, float gramsSize, float noteSize, float noteLeading,
                   float mealGap) {
        static final Metrics NORMAL = new Metrics(12.5f, 15, 18, 14, 10.5f, 13, 8);
        static final Metrics COMPACT = new Metrics(11.5f, 13, 15.5f, 13, 9.5f, 11.5f, 3);
    }

    /** Writes the sheets for {@code days} of {@code plan} to {@code target} atomically; returns the page count. */
    public static int write(Plan plan, List<PlanDay> days, Paper paper, Path target, boolean force) {
        return write(plan, days, paper, target, force, Progress.NONE);
    }

    /** As {@link #write(Plan, List, Paper, Path, boolean)}, reporting each day drawn to {@code progress}. */
    public static int write(Plan plan, List<PlanDay> days, Paper paper, Path target, boolean force,
                            Progress progress) {
        AtomicFiles.checkWritable(target, force);
        int[] pages = new int[1];
        AtomicFiles.write(target, force, out -> pages[0] = write(plan, days, paper, out, progress));
        return pages[0];
    }

    /** Writes the sheets for {@code days} of {@code plan} as PDF to {@code out}; returns the page count. */
    public static int write(Plan plan, List<PlanDay> days, Paper paper, OutputStream out) throws IOException {
        return write(plan, days, paper, out, Progress.NONE);
    }

    private static int write(Plan plan, List<PlanDay> days, Paper paper, OutputStream out, Progress progress)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Day sheets for " + plan.patient().name());
            info.setCreator("ketoplan");
            try (PdfCanvas c = new PdfCanvas(doc, paper)) {
                for (PlanDay day : days) {
                    day(c, plan, day);
                    progress.advance(1);
                }
            }
            doc.save(out);
            return doc.getNumberOfPages();
        }
    }

    private static void day(PdfCanvas c, Plan plan, PlanDay day) throws IOException {
        draw(c, plan, day, Metrics.NORMAL);
        List<PDPage> pages = c.takePages();
        if (pages.size() > 1) {
            c.discard(pages);
            draw(c, plan, day, Metrics.COMPACT);
            pages = c.takePages();
        }
        for (int i = 0; i < pages.size(); i++) {
            c.footer(pages.get(i), plan.patient().name() + ", " + day.date() + " - check every amount against "
                    + "the dietitian's plan", pages.size() == 1 ? "" : "page " + (i + 1) + " of " + pages.size());
        }
    }

    private static void draw(PdfCanvas c, Plan plan, PlanDay day, Metrics m) throws IOException {
        c.newPage();
        heading(c, plan, day, false);
        medicines(c, plan, day, m);
        if (day.feedBatch() != null) {
            meal(c, plan, day, day.feedBatch(), m);
        }
        for (PlannedMeal meal : day.meals()) {
            meal(c, plan, day, day.feedBatch() != null && meal.kind() == MealKind.FEED ? feedShare(meal) : meal, m);
        }
        records(c, plan, day);
    }

    private static void heading(PdfCanvas c, Plan plan, PlanDay day, boolean continued) throws IOException {
        String name = plan.patient().name();
        String date = dayName(day.date()) + (continued ? " (continued)" : "");
        float dateWidth = c.width(c.bold, 14, date);
        // the child's name on the left and the date on the right of one line, when both fit
        boolean oneLine = c.width(c.bold, 20, name) + 24 + dateWidth <= c.width();
        List<String> names = oneLine ? List.of(name) : c.wrap(c.bold, 20, name, c.width());
        for (String line : names) {
            c.down(22);
            c.text(c.left(), c.y(), c.bold, 20, line, INK);
        }
        if (!oneLine) {
            c.down(19);
        }
        c.text(oneLine ? c.right() - dateWidth : c.left(), c.y(), c.bold, 14, date, INK);
        if (!continued) {
            int index = dayIndex(plan, day);
            String sub = (index >= 0 ? "Day " + (index + 1) + " of " + plan.days().size() + ". " : "")
                    + (day.ramp() == null ? Ratio.format(plan.prescription().ratio())
                    : capitalised(day.ramp().label()) + " (then " + Ratio.format(plan.prescription().ratio()) + ")")
                    + ", " + Amounts.number(plan.prescription().kcal(), 1)
                    + " kcal. Weigh to the " + (Amounts.decimals(plan.tolerances().step()) == 0 ? "gram"
                    : Amounts.number(plan.tolerances().step(), plan.tolerances().step()) + " g")
                    + "; tick each food when given; write what was eaten.";
            for (String line : c.wrap(c.regular, 10, sub, c.width())) {
                c.down(14);
                c.text(c.left(), c.y(), c.regular, 10, line, GREY);
            }
            // the exceptions to the safety rules and the unverified age indications go on every sheet
            for (String n : plan.notes()) {
                if (n.startsWith("allowed ") || n.startsWith("age indication not verified")) {
                    for (String line : c.wrap(c.bold, 10, "Safety: " + n, c.width())) {
                        c.down(14);
                        c.text(c.left(), c.y(), c.bold, 10, line, INK);
                    }
                }
            }
        }
        c.down(7);
        c.line(c.left(), c.y(), c.right(), c.y(), INK, 1.2f);
        c.down(2);
    }

    /**
     * The day's place in the plan, or -1. Plan days are consecutive dates, so it is found by date, not by
     * comparing every day before it (which made a year of sheets quadratic).
     */
    private static int dayIndex(Plan plan, PlanDay day) {
        List<PlanDay> days = plan.days();
        long i = days.isEmpty() ? -1 : java.time.temporal.ChronoUnit.DAYS.between(days.get(0).date(), day.date());
        if (i >= 0 && i < days.size() && days.get((int) i) == day) {
            return (int) i;
        }
        return days.indexOf(day);
    }

    private static String dayName(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth() + " "
                + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear() + "  (" + d + ")";
    }

    private static void continueOn(PdfCanvas c, Plan plan, PlanDay day, float height) throws IOException {
        if (!c.fits(height)) {
            c.newPage();
            heading(c, plan, day, true);
        }
    }

    private record Dose(String time, String name) {
    }

    private static void medicines(PdfCanvas c, Plan plan, PlanDay day, Metrics m) throws IOException {
        List<Dose> doses = new ArrayList<>();
        for (PlanMedicine medicine : plan.prescription().medicines()) {
            if (medicine.times().isEmpty()) {
                doses.add(new Dose("", medicine.name() + " (" + medicine.dosesPerDay() + " a day)"));
            }
            for (String t : medicine.times()) {
                doses.add(new Dose(t, medicine.name()));
            }
        }
        if (doses.isEmpty()) {
            return;
        }
        doses.sort(Comparator.comparing(Dose::time));
        float label = c.width(c.bold, 13, "Medicines") + 14;
        float column = (c.width() - label) / 2;
        List<List<String>> cells = new ArrayList<>();
        for (Dose d : doses) {
            cells.add(c.wrap(c.regular, m.foodSize(), (d.time().isEmpty() ? "" : d.time() + "  ") + d.name(),
                    column - BOX - 14));
        }
        float height = 4;
        for (int i = 0; i < cells.size(); i += 2) {
            int lines = Math.max(cells.get(i).size(), i + 1 < cells.size() ? cells.get(i + 1).size() : 1);
            height += m.row() + m.foodLeading() * (lines - 1);
        }
        continueOn(c, plan, day, height);
        for (int i = 0; i < cells.size(); i += 2) {
            c.down(m.row());
            float top = c.y();
            if (i == 0) {
                c.text(c.left(), top, c.bold, 13, "Medicines", INK);
            }
            int lines = 1;
            for (int k = i; k < Math.min(i + 2, cells.size()); k++) {
                float x = c.left() + label + (k - i) * column;
                c.rect(x, top - 2, BOX, BOX, INK, null);
                List<String> cell = cells.get(k);
                for (int l = 0; l < cell.size(); l++) {
                    c.text(x + BOX + 8, top - m.foodLeading() * l, c.regular, m.foodSize(), cell.get(l), INK);
                }
                lines = Math.max(lines, cell.size());
            }
            c.down(m.foodLeading() * (lines - 1));
        }
        c.down(4);
    }

    /**
     * A feed of a day whose feeds are made up at once: one row, its volume of the day's feed (the batch, with its
     * amounts to weigh and its directions, is drawn once before the meals).
     */
    private static PlannedMeal feedShare(PlannedMeal feed) {
        double ml = feed.volumeMl() == null ? 0 : feed.volumeMl();
        PlannedFood share = new PlannedFood("feed", "the day's made-up feed", ml, org.ketoplan.food.Basis.MILLILITRE, true, 0, 0, 0, 0);
        return new PlannedMeal(feed.slot(), feed.time(), feed.recipeId(), feed.recipeName(), List.of(),
                feed.target(), List.of(share), feed.totals(), feed.withinTolerance(), feed.kind(), ml);
    }

    private static void meal(PdfCanvas c, Plan plan, PlanDay day, PlannedMeal meal, Metrics m) throws IOException {
        String title = meal.kind() == MealKind.FEED_BATCH ? "Make up first   The day's feeds"
                + (meal.volumeMl() == null ? "" : ", " + Amounts.number(meal.volumeMl(), 1) + " ml")
                : (meal.time() == null || meal.time().isBlank() ? "Any time" : meal.time()) + "   "
                + capitalised(meal.slot());
        String recipe = meal.recipeName() == null || meal.recipeName().isBlank() ? "" : meal.recipeName();
        float titleWidth = c.width(c.bold, 14, title);
        // the recipe's name sits beside the title when it fits, else on lines of its own below the band
        boolean beside = !recipe.isEmpty() && titleWidth + 20 + c.width(c.regular, 12, recipe) <= c.width() - 12;
        List<String> recipeLines = recipe.isEmpty() || beside ? List.of()
                : c.wrap(c.regular, 12, recipe, c.width() - 12);
        float foodWidth = c.width() - BOX - 10 - GRAMS_WIDTH - EATEN_WIDTH - 6;
        List<List<String>> names = new ArrayList<>();
        for (PlannedFood f : meal.foods()) {
            names.add(c.wrap(c.regular, m.foodSize(), foodName(f), foodWidth));
        }
        List<String> directions = meal.directions().isEmpty() ? List.of()
                : c.wrap(c.regular, m.noteSize(), "How to: " + String.join(" ", meal.directions()), c.width() - 12);
        float head = 10 + 22 + m.foodLeading() * recipeLines.size();
        float all = head + m.mealGap() + m.noteLeading() * directions.size();
        for (List<String> n : names) {
            all += m.row() + m.foodLeading() * (n.size() - 1) + 4;
        }
        float firstFood = names.isEmpty() ? 0 : m.row() + m.foodLeading() * (names.get(0).size() - 1) + 4;
        // keep a meal on one page when it fits on a fresh one; at least its title and first food stay together
        continueOn(c, plan, day, all <= c.usableHeight() / 2 ? all : head + firstFood);
        c.down(m.mealGap());
        c.rect(c.left(), c.y() - 22, c.width(), 22, null, BAND);
        c.down(16);
        c.text(c.left() + 6, c.y(), c.bold, 14, title, INK);
        if (beside) {
            c.text(c.left() + 6 + titleWidth + 20, c.y(), c.regular, 12, recipe, INK);
        }
        c.down(6);
        for (String line : recipeLines) {
            c.down(m.foodLeading());
            c.text(c.left() + 6, c.y(), c.regular, 12, line, INK);
        }
        for (int k = 0; k < meal.foods().size(); k++) {
            PlannedFood f = meal.foods().get(k);
            List<String> lines = names.get(k);
            continueOn(c, plan, day, m.row() + m.foodLeading() * (lines.size() - 1) + 4);
            c.down(m.row());
            float baseline = c.y();
            c.rect(c.left() + 2, baseline - 2, BOX, BOX, INK, null);
            float textX = c.left() + BOX + 10;
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    c.down(m.foodLeading());
                }
                c.text(textX, c.y(), c.regular, m.foodSize(), lines.get(i), INK);
            }
            String grams = Amounts.weigh(f.amount(), f.counted() ? plan.tolerances().step() : 0.1, f.unit().unit());
            float gx = textX + foodWidth + GRAMS_WIDTH - c.width(c.bold, m.gramsSize(), grams);
            c.text(gx, baseline, c.bold, m.gramsSize(), grams, INK);
            String eaten = "eaten _____ " + f.unit();
            c.text(c.right() - c.width(c.regular, m.noteSize(), eaten), baseline, c.regular, m.noteSize(), eaten, GREY);
            c.down(4);
            c.line(textX, c.y(), c.right(), c.y(), RULE, 0.4f);
        }
        if (!directions.isEmpty()) {
            continueOn(c, plan, day, m.noteLeading() * directions.size() + 2);
            c.down(1);
            for (String line : directions) {
                c.down(m.noteLeading());
                c.text(c.left() + 6, c.y(), c.regular, m.noteSize(), line, GREY);
            }
        }
        c.down(2);
    }

    private static String foodName(PlannedFood f) {
        String name = f.name() == null || f.name().isBlank() ? f.id() : f.name();
        return f.counted() ? name : name + " (not counted)";
    }

    private static void records(PdfCanvas c, Plan plan, PlanDay day) throws IOException {
        float rowHeight = 18;
        int rows = 3;
        float height = rowHeight * (rows + 1);
        if (!c.fits(24 + height + 2) && c.fits(COMPACT_RECORDS)) {
            compactRecords(c);
            return;
        }
        continueOn(c, plan, day, 24 + height + 2);
        c.down(22);
        float gap = 14;
        float half = (c.width() - gap) / 2;
        c.text(c.left(), c.y(), c.bold, 13, "Seizures", INK);
        c.text(c.left() + half + gap, c.y(), c.bold, 13, "Ketones", INK);
        c.down(6);
        table(c, c.left(), half, new String[] {"Time", "What happened", "How long"}, new float[] {0.22f, 0.53f,
            0.25f}, rows, rowHeight);
        table(c, c.left() + half + gap, half, new String[] {"Time", "Blood mmol/L", "Urine"}, new float[] {0.26f,
            0.42f, 0.32f}, rows, rowHeight);
        c.down(height);
    }

    /**
     * The seizure and ketone record as two lines to write on, for a day whose meals leave no room for the tables:
     * one page a day matters more to a family than boxes.
     */
    private static void compactRecords(PdfCanvas c) throws IOException {
        String[][] lines = {
            {"Seizures:", "how many ______   how long ______ min   times ____________________________"},
            {"Ketones:", "blood ______ mmol/L at ______   urine ______________ at ______"}};
        c.down(8);
        float label = Math.max(c.width(c.bold, 12, lines[0][0]), c.width(c.bold, 12, lines[1][0])) + 8;
        for (String[] line : lines) {
            c.down(17);
            c.text(c.left(), c.y(), c.bold, 12, line[0], INK);
            for (String part : c.wrap(c.regular, 11, line[1], c.width() - label)) {
                c.text(c.left() + label, c.y(), c.regular, 11, part, INK);
                break; // the blanks are sized to fit one line of the narrowest page (Letter)
            }
        }
    }

    private static void table(PdfCanvas c, float left, float width, String[] columns, float[] widths, int rows,
                              float rowHeight) throws IOException {
        float top = c.y();
        float height = rowHeight * (rows + 1);
        c.rect(left, top - height, width, height, INK, null);
        float x = left;
        for (int i = 0; i < columns.length; i++) {
            c.text(x + 4, top - 13, c.bold, 10, columns[i], INK);
            x += widths[i] * width;
            if (i < columns.length - 1) {
                c.line(x, top, x, top - height, RULE, 0.6f);
            }
        }
        for (int r = 1; r <= rows; r++) {
            c.line(left, top - rowHeight * r, left + width, top - rowHeight * r, RULE, 0.6f);
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
