package org.ketoplan.web;

import java.util.List;
import java.util.Locale;

/** What the templates show: values already formatted for people (the templates escape them). */
public final class Views {
    private Views() {
    }

    /**
     * One patient of the caseload.
     *
     * @param attention the reasons to look at this patient first (empty when none)
     */
    public record CaseloadRow(String id, String name, String age, String weight, String ratio, String planDates,
                              String adherence, String logged, String seizures, String ketone,
                              List<String> attention) {
    }

    /**
     * One input of the patient form: its name (the file's field path, dotted), label, hint and, for a choice, the
     * choices ("" for the default).
     */
    public record FormField(String name, String label, String hint, List<String> choices) {
        /** True for a list typed comma-separated. */
        public boolean list() {
            return name.equals("allergies") || name.equals("exclude_foods");
        }

        /** The input's id in the page. */
        public String id() {
            return "f-" + name.replace('.', '-').replace('_', '-');
        }
    }

    /** One row of a prescription: the day, a meal, a feed or a snack, with its targets. */
    public record TargetRow(String name, String kind, String time, String kcal, String ratio, String units,
                            String fat, String protein, String carb) {
    }

    /**
     * A day's prescription as the preview shows it.
     *
     * @param sources the source of every default, by topic
     */
    public record Prescription(String who, String carbs, List<TargetRow> rows, String fluid, List<String> warnings,
                               java.util.Map<String, String> sources) {
    }

    /**
     * A meal, feed or the day's made-up feed on a day card; {@code swaps} are the recipes it can be swapped for
     * (empty for feeds, which are made up for the whole day), {@code recipeId} its own (null: none to compose again).
     */
    public record MealCard(String time, String slot, String recipe, String kcal, String ratio, boolean inBand,
                           List<String> foods, String note, String recipeId, List<RecipeChoice> swaps) {
        /** Whether the meal can be swapped here (a meal set in the meal builder too: it has no recipe). */
        public boolean editable() {
            return !swaps.isEmpty();
        }

        /** Whether the meal has a recipe to compose again (a meal set in the meal builder has none). */
        public boolean recomposable() {
            return recipeId != null && !recipeId.isBlank();
        }
    }

    /** A recipe offered in a list: its id and what the list shows. */
    public record RecipeChoice(String id, String name) {
    }

    /** One day of a plan with its meals and checks. */
    public record DayCard(String date, String weekday, String ramp, boolean today, List<MealCard> meals,
                          List<String> checks, List<String> warnings) {
    }

    /** A plan's week. */
    public record PlanWeek(String summary, String dates, int week, int weeks, List<DayCard> days,
                           List<String> notes, boolean todayInPlan) {
    }

    /** The result of a plan check. */
    public record Check(boolean ok, String headline, List<String> lines) {
    }

    /** A food found by the builder's search (per 100 g). */
    public record FoodHit(String id, String name, String fat, String protein, String carb) {
    }

    /** One food of the meal builder. */
    public record BuilderRow(String id, String name, String amount, boolean locked, String fat, String protein,
                             String carb, String kcal) {
        /** The id as safe for an element id. */
        public String key() {
            return id.replaceAll("[^A-Za-z0-9_-]", "_");
        }
    }

    /** One band check of a meal: what, the target, what the meal has, the allowed range and whether it holds. */
    public record BandRow(String name, String target, String achieved, String allowed, boolean holds) {
    }

    /** A meal's totals and band checks, as {@code meal} prints them. */
    public record Totals(String fat, String protein, String carb, String kcal, String ratio, List<BandRow> bands,
                         boolean inBand) {
    }

    /** The meal builder's state after a change; {@code step} is the scale step as shown ("1" or "0.1" g). */
    public record Builder(String patient, String slot, String kcal, String ratio, String protein, String carb,
                          String carbs, List<BuilderRow> rows, Totals totals, String problem, String method,
                          String op, String step) {
    }

    /**
     * Where "Save into the plan" puts the builder's meal: the plan's meals (none without a plan), its dates, the
     * date and meal picked, the out-of-band box.
     */
    public record SaveTo(List<String> slots, String range, String date, String slot, boolean outOfBand) {
    }

    static Totals totals(org.ketoplan.compose.ComposedMeal meal) {
        var t = meal.totals();
        var conv = meal.carbs();
        var target = meal.target();
        var bands = meal.checks();
        var ratio = bands.get(0);
        var energy = bands.get(1);
        var protein = bands.get(2);
        var carb = bands.get(3);
        List<BandRow> rows = new java.util.ArrayList<>();
        rows.add(new BandRow("ratio", org.ketoplan.nutrition.Ratio.format(target.ratio()), ratio(meal),
                num(ratio.low(), 2) + " to " + num(ratio.high(), 2), ratio.holds()));
        rows.add(new BandRow("kcal", num(target.kcal(), 1), num(meal.kcal(), 1), num(energy.low(), 1) + " to "
                + num(energy.high(), 1), energy.holds()));
        rows.add(new BandRow("protein (g)", g(target.proteinG()), g(t.proteinG()), g(protein.low()) + " to "
                + g(protein.high()), protein.holds()));
        rows.add(new BandRow("carbohydrate, " + conv.word() + " (g)", g(target.carbG()), g(t.carbohydrate(conv)),
                "at most " + g(carb.high()), carb.holds()));
        if (bands.size() > 4) {
            var weight = bands.get(4);
            rows.add(new BandRow("meal weight (g)", "", num(weight.achieved(), 0), "at most "
                    + num(weight.high(), 0), weight.holds()));
        }
        return new Totals(g(t.fatG()), g(t.proteinG()), g(t.carbohydrate(conv)), num(meal.kcal(), 1),
                ratio(meal), rows,
                meal.withinTolerance());
    }

    /** The meal's ratio to 0.01 as {@code meal} prints it; "-" for a meal with nothing in it yet. */
    private static String ratio(org.ketoplan.compose.ComposedMeal meal) {
        double r = meal.ratio();
        return meal.kcal() <= 0 || !Double.isFinite(r) ? "-"
                : org.ketoplan.nutrition.Ratio.format(Math.round(r * 100) / 100.0);
    }

    /** Grams as {@code meal} prints them: 2 decimals under 10 g, else 1. */
    static String g(double v) {
        return num(v, v < 10 ? 2 : 1);
    }

    /** A planned food of a diary meal. */
    public record DiaryFood(String id, String name, String planned, String unit) {
        /** The id as safe for an element id. */
        public String key() {
            return id.replaceAll("[^A-Za-z0-9_-]", "_");
        }
    }

    /** A planned meal of the diary's day, with what is logged for it ("" when nothing). */
    public record DiaryMeal(String slot, String time, String recipe, String volume, List<DiaryFood> foods,
                            String status) {
        /** The slot as safe for an element id. */
        public String key() {
            return slot.replaceAll("[^A-Za-z0-9_-]", "_");
        }
    }

    /** A bar of a chart, in SVG user units, with its value as text. */
    public record Bar(double x, double y, double w, double h, String value) {
    }

    /** An axis label at a position. */
    public record Tick(double at, String label) {
    }

    /**
     * A chart of the adherence report: bars, a polyline ("x,y x,y"), a shaded band (bandY below 0: none), the
     * y-axis ticks and the x-axis dates.
     */
    public record Chart(String title, int width, int height, int left, int top, double plotW, double plotH,
                        List<Bar> bars, String line, List<Bar> dots, double bandY, double bandH, List<Tick> yTicks,
                        List<Tick> xTicks, String legend) {
    }

    /** A period's or week's adherence. */
    public record ReportRow(String label, String planned, String logged, String adherent, String adherencePct,
                            String loggedPct, String seizuresPerDay, String seizureChange) {
    }

    /** A day of the adherence report. */
    public record DayRow(String date, String meals, String adherencePct, String loggedPct, String kcalPct,
                         String ratio, String seizures, String ketones, String ill) {
    }

    /** The adherence report as the page shows it. */
    public record Report(String patient, String period, boolean nothingLogged, ReportRow summary,
                         List<ReportRow> weeks, List<DayRow> days, String seizures, String ketones,
                         String correlation, List<String> definitions, List<String> warnings,
                         List<String> skipped) {
    }

    /** A number with {@code decimals} places (a decimal point, never a comma). */
    static String num(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A percentage without decimals: "87 %". */
    static String pct(double v) {
        return num(v, 0) + " %";
    }

    /** An age in months, and from 24 months in years and months. */
    static String age(int months) {
        if (months < 24) {
            return months + " months";
        }
        return months / 12 + " y " + months % 12 + " m";
    }
}
