package org.ketoplan.web;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.plan.DayChecks;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanCheck;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanPrescription;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.MealKind;
import org.ketoplan.plan.PlannedMeal;

/** A plan's week as the plan page shows it: the same numbers as {@code plan} prints, one card per day. */
final class WeekView {
    private WeekView() {
    }

    /**
     * The week {@code week} of {@code weeks}; {@code swaps} gives the recipes a meal of a slot can be swapped for
     * (by slot name).
     */
    static Views.PlanWeek of(Plan plan, int week, int weeks, LocalDate today,
                             java.util.function.Function<String, List<Views.RecipeChoice>> swaps) {
        PlanPrescription p = plan.prescription();
        String summary = plan.patient().name() + ", " + Numbers.plain(plan.patient().ageMonths()) + " months, "
                + Numbers.plain(plan.patient().weightKg()) + " kg: " + Views.num(p.kcal(), 0) + " kcal/d at "
                + Ratio.format(p.ratio()) + ", " + Views.num(p.proteinG(), 1) + " g protein, carbohydrate "
                + p.carbConvention().word() + "; weighed in " + Numbers.plain(plan.tolerances().step()) + " g steps";
        int decimals = plan.tolerances().step() < 1 ? 1 : 0;
        List<Views.DayCard> days = new ArrayList<>();
        int from = (week - 1) * 7;
        for (PlanDay d : plan.days().subList(from, Math.min(from + 7, plan.days().size()))) {
            days.add(day(d, decimals, d.date().equals(today), swaps));
        }
        return new Views.PlanWeek(summary, plan.start() + " to " + plan.end() + " (" + plan.days().size()
                + " days)", week, weeks, days, plan.notes(), !today.isBefore(plan.start())
                && !today.isAfter(plan.end()));
    }

    private static Views.DayCard day(PlanDay d, int decimals, boolean today,
                                     java.util.function.Function<String, List<Views.RecipeChoice>> swaps) {
        List<Views.MealCard> meals = new ArrayList<>();
        if (d.feedBatch() != null) {
            PlannedMeal b = d.feedBatch();
            meals.add(new Views.MealCard("", "feeds for the day, made up at once", b.recipeName(),
                    Views.num(b.totals().kcal(), 1), Ratio.format(b.totals().ratio()), b.withinTolerance(),
                    foods(b, decimals), b.volumeMl() == null ? "" : Views.num(b.volumeMl(), 0) + " ml made up", null,
                    List.of()));
        }
        for (PlannedMeal m : d.meals()) {
            boolean feed = m.kind() == MealKind.FEED && d.feedBatch() != null;
            meals.add(new Views.MealCard(m.time() == null ? "" : m.time(), m.slot(),
                    feed ? (m.volumeMl() == null ? "" : Views.num(m.volumeMl(), 0) + " ml of the day's feed")
                            : m.recipeName() == null ? "(loose foods)" : m.recipeName(),
                    Views.num(m.totals().kcal(), 1), Ratio.format(m.totals().ratio()), m.withinTolerance(),
                    feed ? List.of() : foods(m, decimals), "", m.recipeId(),
                    swappable(m) ? swaps.apply(m.slot()) : List.of()));
        }
        List<String> checks = new ArrayList<>();
        checks.add("Day: " + Views.num(d.totals().kcal(), 1) + " kcal, fat " + Views.num(d.totals().fatG(), 1)
                + " g, protein " + Views.num(d.totals().proteinG(), 1) + " g, carbohydrate "
                + Views.num(d.totals().carbG(), 1) + " g, ratio " + Ratio.format(d.totals().ratio()));
        DayChecks c = d.checks();
        if (c != null) {
            checks.add("Energy " + Views.num(c.energyPct(), 0) + " %, protein " + Views.num(c.proteinPct(), 0) + " %"
                    + (c.carbPct() == null ? "" : ", carbohydrate " + Views.num(c.carbPct(), 0) + " %")
                    + " of the prescription" + (d.ramp() == null ? "" : " (this step's)"));
            checks.add("Fluid " + Views.num(c.fluidCountedMl(), 0) + " of " + Views.num(c.fluidTargetMl(), 0) + " ml"
                    + (c.fluidAdvice() == null ? "" : ": " + c.fluidAdvice()));
            List<String> low = new ArrayList<>();
            for (DayChecks.NutrientCheck n : c.micronutrients()) {
                if (n.needsSupplement()) {
                    low.add(n.label() + " " + Views.num(n.pct(), 0) + " %");
                }
            }
            if (!low.isEmpty()) {
                checks.add("Needs supplement: " + String.join(", ", low));
            }
        }
        return new Views.DayCard(d.date().toString(), d.date().getDayOfWeek().getDisplayName(TextStyle.FULL,
                Locale.ENGLISH), d.ramp() == null ? "" : d.ramp().label(), today, meals, checks,
                c == null ? List.of() : c.warnings());
    }

    private static boolean swappable(PlannedMeal m) {
        return m.kind() != MealKind.FEED && m.kind() != MealKind.BREASTFEED; // one set in the builder has no recipe
    }

    private static List<String> foods(PlannedMeal m, int decimals) {
        List<String> out = new ArrayList<>();
        for (PlannedFood f : m.foods()) {
            out.add((f.counted() ? Views.num(f.amount(), decimals) : Numbers.plain(f.amount())) + " "
                    + f.unit().unit() + "  "
                    + f.name() + (f.counted() ? "" : " (not counted)"));
        }
        return out;
    }

    /** The plan check's result in sentences, as {@code plan check} prints it. */
    static Views.Check check(PlanCheck.Result r) {
        List<String> lines = new ArrayList<>();
        lines.add("Food data: plan " + r.planFoodDataVersion() + ", now " + r.foodDataVersion());
        for (PlanCheck.FoodChange f : r.changedFoods()) {
            lines.add("Changed food " + f.name() + " [" + f.id() + "]: " + (f.missing() ? "no longer in the data"
                    : String.join("; ", f.changes())));
        }
        for (PlanCheck.MealChange m : r.mealsOutOfBand()) {
            lines.add(m.date() + " " + m.slot() + ": now " + Views.num(m.now().kcal(), 1) + " kcal, "
                    + Ratio.format(m.now().ratio()) + " (allowed " + Views.num(m.kcalLow(), 1) + " to "
                    + Views.num(m.kcalHigh(), 1) + " kcal, " + Views.num(m.ratioLow(), 2) + " to "
                    + Views.num(m.ratioHigh(), 2) + ")");
        }
        r.unsafe().forEach(u -> lines.add("Must not reach the child: " + u));
        r.inconsistencies().forEach(i -> lines.add("Inconsistent: " + i));
        String head = r.ok() ? "Every meal is within its bands with today's food data and rules."
                : (r.mealsOutOfBand().size() == 1 ? "1 meal left its bands"
                : r.mealsOutOfBand().size() + " meals left their bands") + (r.unsafe().isEmpty() ? ""
                : "; " + r.unsafe().size() + " planned foods must not reach the child");
        return new Views.Check(r.ok(), head, lines);
    }
}
