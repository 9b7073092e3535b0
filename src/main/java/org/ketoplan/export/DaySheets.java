package org.ketoplan.export;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.common.Progress;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;

/**
 * Writes printable day sheets (PDF) for parents: one page per day on A4 or Letter for a normal day (four meals and
 * two feeds) with the child's name and the date, the day's fluid target, medicines and supplements to tick, each
 * meal at its time in two columns with every food by its household name and the amount to weigh at the plan's
 * scale step, a tick box and an "eaten" blank, short directions, and a record of the day's seizures (a row per
 * cluster) and blood readings to fill in. The PDF is tagged, in English, with its fonts embedded ({@link PdfCanvas}).
 *
 * <p>Each day is laid out before it is drawn: in normal type, else in compact type, on one page; a day that fits
 * neither (many meals, very long directions) runs on in one column over more pages, nothing clipped.
 */
public final class DaySheets {
    static final Color INK = Color.BLACK;
    static final Color GREY = new Color(0x55, 0x55, 0x55);
    static final Color RULE = new Color(0x99, 0x99, 0x99);
    static final Color BAND = new Color(0xE8, 0xE8, 0xE8);
    /** The space between the two columns of meals. */
    private static final float GUTTER = 14;

    private DaySheets() {
    }

    /**
     * Type sizes and spacing of a day sheet. A day is laid out {@link #NORMAL}; when it does not fit one page, again
     * {@link #COMPACT}.
     *
     * @param title meal title size
     * @param food food name size
     * @param foodLeading line spacing of a wrapped food name
     * @param row height of a food row
     * @param grams size of the amount to weigh
     * @param note size of directions, recipe names and "eaten" blanks
     * @param noteLeading line spacing of directions
     * @param gap space below a meal
     * @param recordRows rows for seizures and readings, at the least
     * @param recordRow height of a record row
     */
    record Metrics(float title, float food, float foodLeading, float row, float grams, float note, float noteLeading,
                   float gap, int recordRows, float recordRow) {
        static final Metrics NORMAL = new Metrics(10.5f, 9.5f, 10.5f, 13f, 10.5f, 8f, 9.4f, 6, 8, 13);
        static final Metrics COMPACT = new Metrics(9.5f, 8.5f, 9.5f, 11.5f, 9.5f, 7.2f, 8.3f, 3, 6, 12);
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
            doc.getDocumentInformation().setCreator("ketoplan");
            try (PdfCanvas c = new PdfCanvas(doc, paper, "Day sheets for " + plan.patient().name())) {
                for (PlanDay day : days) {
                    day(c, plan, day);
                    progress.advance(1);
                }
                c.finish();
            }
            doc.save(out);
            return doc.getNumberOfPages();
        }
    }

    private static void day(PdfCanvas c, Plan plan, PlanDay day) throws IOException {
        c.open("Sect");
        Layout one = null;
        // whole meals in normal type, then meals running on between the columns, then the same in compact type
        search:
        for (Metrics m : new Metrics[] {Metrics.NORMAL, Metrics.COMPACT}) {
            Layout whole = layout(c, plan, day, m);
            for (Layout l : List.of(whole, whole.flowing())) {
                if (l.onePage(c)) {
                    one = l;
                    break search;
                }
            }
        }
        c.newPage();
        if (one != null) {
            one.drawOnePage(c);
        } else {
            Layout l = layout(c, plan, day, Metrics.COMPACT);
            l.drawFlowing(c, plan, day);
        }
        c.end();
        List<PDPage> pages = c.takePages();
        for (int i = 0; i < pages.size(); i++) {
            c.footer(pages.get(i), plan.patient().name() + ", " + day.date() + " - check every amount against "
                    + "the dietitian's plan", pages.size() == 1 ? "" : "page " + (i + 1) + " of " + pages.size());
        }
    }

    /** A day measured for one set of metrics: its parts, each a list of lines of known height. */
    private record Layout(Metrics m, DaySheetParts.Block heading, DaySheetParts.Block info,
                          List<DaySheetParts.Block> halfMeals, List<DaySheetParts.Block> fullMeals,
                          DaySheetRecords records, boolean flow) {
        /** This layout with the meals flowing from one column into the next. */
        Layout flowing() {
            return new Layout(m, heading, info, halfMeals, fullMeals, records, true);
        }

        /** The split of the meals into two columns: the first {@code k} meals on the left. */
        int split() {
            int n = halfMeals.size();
            int best = n;
            float bestHeight = Float.MAX_VALUE;
            for (int k = 1; k <= n; k++) {
                float left = 0;
                float right = 0;
                for (int i = 0; i < n; i++) {
                    if (i < k) {
                        left += halfMeals.get(i).height();
                    } else {
                        right += halfMeals.get(i).height();
                    }
                }
                float h = Math.max(left, right);
                if (h < bestHeight - 0.01f) {
                    bestHeight = h;
                    best = k;
                }
            }
            return best;
        }

        /**
         * The meals as one run of lines over two columns, a meal running on into the second column: the shortest
         * column height that holds them.
         */
        float flowHeight() {
            DaySheetParts.Block all = DaySheetParts.Block.of(halfMeals);
            float total = all.height();
            for (float h = total / 2; h <= total; h += 1) {
                int b = all.columnBreak(h);
                if (all.height(0, b) <= h + 0.01f && all.height(b, all.lines().size()) <= h + 0.01f) {
                    return h;
                }
            }
            return total;
        }

        float mealsHeight() {
            if (halfMeals.size() < 2) {
                return fullMeals.stream().map(DaySheetParts.Block::height).reduce(0f, Float::sum);
            }
            if (flow) {
                return flowHeight();
            }
            int k = split();
            float left = 0;
            float right = 0;
            for (int i = 0; i < halfMeals.size(); i++) {
                if (i < k) {
                    left += halfMeals.get(i).height();
                } else {
                    right += halfMeals.get(i).height();
                }
            }
            return Math.max(left, right);
        }

        boolean onePage(PdfCanvas c) {
            return heading.height() + info.height() + mealsHeight() + records.height(m.recordRows())
                    <= c.usableHeight() + 0.01f;
        }

        void drawOnePage(PdfCanvas c) throws IOException {
            heading.draw(c, c.left(), c.width());
            info.draw(c, c.left(), c.width());
            if (halfMeals.size() < 2) {
                for (DaySheetParts.Block b : fullMeals) {
                    b.draw(c, c.left(), c.width());
                }
            } else if (flow) {
                float top = c.y();
                float column = (c.width() - GUTTER) / 2;
                DaySheetParts.Block all = DaySheetParts.Block.of(halfMeals);
                int b = all.columnBreak(flowHeight());
                all.draw(c, c.left(), column, 0, b);
                float leftEnd = c.y();
                c.moveTo(top);
                all.draw(c, c.left() + column + GUTTER, column, b, all.lines().size());
                c.moveTo(Math.min(leftEnd, c.y()));
            } else {
                float top = c.y();
                float column = (c.width() - GUTTER) / 2;
                int k = split();
                for (int i = 0; i < k; i++) {
                    halfMeals.get(i).draw(c, c.left(), column);
                }
                float leftEnd = c.y();
                c.moveTo(top);
                for (int i = k; i < halfMeals.size(); i++) {
                    halfMeals.get(i).draw(c, c.left() + column + GUTTER, column);
                }
                c.moveTo(Math.min(leftEnd, c.y()));
            }
            // the space left over goes to more rows for seizures and readings
            int rows = m.recordRows();
            while (rows < DaySheetRecords.MAX_ROWS
                    && c.y() - records.height(rows + 1) >= c.bottom() - 0.01f) {
                rows++;
            }
            records.draw(c, rows);
        }

        /** One column over as many pages as it takes, each page headed by the child's name and the date. */
        void drawFlowing(PdfCanvas c, Plan plan, PlanDay day) throws IOException {
            heading.draw(c, c.left(), c.width());
            info.draw(c, c.left(), c.width());
            for (DaySheetParts.Block b : fullMeals) {
                b.drawFlowing(c, () -> {
                    c.newPage();
                    DaySheetParts.heading(c, plan, day, true, m).draw(c, c.left(), c.width());
                });
            }
            if (c.y() - records.height(m.recordRows()) < c.bottom()) {
                c.newPage();
                DaySheetParts.heading(c, plan, day, true, m).draw(c, c.left(), c.width());
            }
            records.draw(c, m.recordRows());
        }
    }

    private static Layout layout(PdfCanvas c, Plan plan, PlanDay day, Metrics m) {
        float column = (c.width() - GUTTER) / 2;
        List<DaySheetParts.Block> half = new ArrayList<>();
        List<DaySheetParts.Block> full = new ArrayList<>();
        List<PlannedMeal> meals = new ArrayList<>();
        if (day.feedBatch() != null) {
            meals.add(day.feedBatch());
        }
        for (PlannedMeal meal : day.meals()) {
            meals.add(day.feedBatch() != null && meal.kind() == org.ketoplan.plan.MealKind.FEED ? feedShare(meal) : meal);
        }
        for (PlannedMeal meal : meals) {
            half.add(DaySheetParts.meal(c, plan, meal, column, m));
            full.add(DaySheetParts.meal(c, plan, meal, c.width(), m));
        }
        return new Layout(m, DaySheetParts.heading(c, plan, day, false, m), DaySheetParts.info(c, plan, day, m),
                half, full, new DaySheetRecords(c, m), false);
    }

    /** "Tuesday 1 December 2026  (2026-12-01)". */
    static String dayName(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth() + " "
                + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear() + "  (" + d + ")";
    }

    /** The day's place in the plan, or -1 (found by date: plan days are consecutive). */
    static int dayIndex(Plan plan, PlanDay day) {
        List<PlanDay> days = plan.days();
        long i = days.isEmpty() ? -1 : java.time.temporal.ChronoUnit.DAYS.between(days.get(0).date(), day.date());
        if (i >= 0 && i < days.size() && days.get((int) i) == day) {
            return (int) i;
        }
        return days.indexOf(day);
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

    /** "4:1, 648 kcal" with the plan's ratio; on a day of the initiation ramp, its step ("2:1 (then 4:1)"). */
    static String prescription(Plan plan, PlanDay day) {
        String ratio = Ratio.format(plan.prescription().ratio());
        String label = day == null || day.ramp() == null ? ratio : day.ramp().label() + " (then " + ratio + ")";
        return (label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1)) + ", "
                + Amounts.number(plan.prescription().kcal(), 1) + " kcal";
    }
}
