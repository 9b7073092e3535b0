package org.ketoplan.cli;

import org.ketoplan.nutrition.Numbers;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ketoplan.common.TextTable;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.plan.MealKind;
import org.ketoplan.plan.BatchPlanner;
import org.ketoplan.plan.DayChecks;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanPrescription;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;

/** Renders a plan as a day-by-day menu with grams, each meal's kcal and ratio, the day's totals and checks. */
final class PlanView {
    private PlanView() {
    }

    /** The menu of {@code plan}'s days from index {@code from} on, with the header and the notes. */
    static String text(Plan plan, int from) {
        return text(plan, from, true);
    }

    /** The header (who, the prescription, which days) and the notes, without the days: for a plan written to a file. */
    static String summary(Plan plan, int from) {
        return text(plan, from, false);
    }

    /** Only the planner's notes (they are warnings), or nothing. */
    static String notes(Plan plan) {
        StringBuilder sb = new StringBuilder();
        notes(sb, plan);
        return sb.toString();
    }

    /** A summary table of a batch: patient, days, meals, warnings and exit code; then why each failed, and warnings. */
    static String batch(List<BatchPlanner.Result> results) {
        TextTable t = new TextTable("patient", "days", "meals", "warnings", "exit", "status");
        int planned = 0;
        for (BatchPlanner.Result r : results) {
            int code = BatchRow.code(r.status());
            planned += code == ExitCodes.OK ? 1 : 0;
            t.row(r.job().name(), r.days(), r.meals(), r.warnings().size(), code, switch (r.status()) {
                case PLANNED -> "wrote " + r.job().planFile();
                case BAD_INPUT -> "bad input";
                case NO_SOLUTION -> "no solution";
                case FAILED -> "internal error";
            });
        }
        StringBuilder sb = new StringBuilder(t.render());
        sb.append(planned).append(" of ").append(results.size()).append(" patients planned.\n");
        for (BatchPlanner.Result r : results) {
            if (r.message() != null) {
                sb.append(r.job().name()).append(": ").append(Messages.oneLine(r.message())).append('\n');
            }
        }
        for (BatchPlanner.Result r : results) {
            for (String w : r.warnings()) {
                sb.append(r.job().name()).append(": note: ").append(w).append('\n');
            }
        }
        return sb.toString();
    }

    private static String text(Plan plan, int from, boolean showDays) {
        StringBuilder sb = new StringBuilder();
        PlanPrescription p = plan.prescription();
        int decimals = plan.tolerances().step() < 1 ? 1 : 0;
        sb.append(plan.patient().name()).append(", ").append(Numbers.plain(plan.patient().ageMonths()))
                .append(" months, ").append(Numbers.plain(plan.patient().weightKg())).append(" kg: ")
                .append(TextTable.fixed(p.kcal(), 0)).append(" kcal/d at ").append(ratio(p.ratio())).append(", ")
                .append(TextTable.fixed(p.proteinG(), 1)).append(" g protein, carbohydrate ")
                .append(p.carbConvention().word()).append("; ").append(slots(p)).append("; weighed in ")
                .append(Numbers.plain(plan.tolerances().step())).append(" g steps\n");
        List<PlanDay> days = plan.days().subList(from, plan.days().size());
        if (!days.isEmpty()) {
            sb.append(days.size()).append(" day").append(days.size() == 1 ? "" : "s").append(", ")
                    .append(days.get(0).date()).append(" to ").append(days.get(days.size() - 1).date())
                    .append(" (seed ").append(plan.seed()).append(")\n");
        }
        if (p.ramp() != null) {
            sb.append("Initiation ramp: ").append(String.join(" -> ", p.ramp().steps().stream()
                    .map(PlanView::ratio).toList())).append(", ").append(p.ramp().daysPerStep())
                    .append(p.ramp().daysPerStep() == 1 ? " day" : " days").append(" each, then ")
                    .append(ratio(p.ratio())).append('\n');
        }
        for (PlanDay d : showDays ? days : List.<PlanDay>of()) {
            sb.append('\n').append(d.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    .append(' ').append(d.date());
            if (d.ramp() != null) {
                sb.append("  [").append(d.ramp().label()).append(']');
            }
            sb.append('\n');
            if (d.feedBatch() != null) {
                batch(sb, d, decimals);
            }
            for (PlannedMeal m : d.meals()) {
                if (m.kind() == MealKind.FEED && d.feedBatch() != null) {
                    feed(sb, m);
                } else {
                    meal(sb, m, decimals);
                }
            }
            day(sb, d, p);
        }
        notes(sb, plan);
        return sb.toString();
    }

    private static void notes(StringBuilder sb, Plan plan) {
        if (!plan.notes().isEmpty()) {
            sb.append("\nNotes:\n");
            for (String n : plan.notes()) {
                sb.append("- ").append(n).append('\n');
            }
        }
    }

    /** The day's feeds as they are made up: the products and water for the day, the volume and density. */
    private static void batch(StringBuilder sb, PlanDay d, int decimals) {
        PlannedMeal b = d.feedBatch();
        DayChecks c = d.checks();
        int n = c == null || c.feeds() == null ? 0 : c.feeds().feeds();
        sb.append("  Feeds for the day, made up at once").append(n > 0 ? " and given as " + n + " feed"
                + (n == 1 ? "" : "s") : "").append(": ").append(b.recipeName()).append("  (")
                .append(TextTable.fixed(b.totals().kcal(), 1)).append(" kcal, ").append(ratio(b.totals().ratio()))
                .append(')').append(b.withinTolerance() ? "" : "  NOT within tolerance").append('\n');
        foods(sb, b, decimals);
        if (b.volumeMl() != null) {
            sb.append("      = ").append(TextTable.fixed(b.volumeMl(), 0)).append(" ml made up")
                    .append(c != null && c.feeds() != null ? ", " + TextTable.fixed(c.feeds().kcalPerMl(), 2)
                    + " kcal/ml" : "").append('\n');
        }
    }

    /** A feed: its volume of the day's made-up feed. */
    private static void feed(StringBuilder sb, PlannedMeal m) {
        sb.append("  ").append(m.time() == null ? "" : m.time() + " ").append(m.slot()).append(": ")
                .append(m.volumeMl() == null ? "" : TextTable.fixed(m.volumeMl(), 0) + " ml of the day's feed")
                .append("  (").append(TextTable.fixed(m.totals().kcal(), 1)).append(" kcal, ")
                .append(ratio(m.totals().ratio())).append(")\n");
    }

    private static void meal(StringBuilder sb, PlannedMeal m, int decimals) {
        sb.append("  ").append(m.time() == null ? "" : m.time() + " ").append(m.slot()).append(": ")
                .append(m.recipeName() == null ? "(loose foods)" : m.recipeName()).append("  (")
                .append(TextTable.fixed(m.totals().kcal(), 1)).append(" kcal, ").append(ratio(m.totals().ratio()))
                .append(')');
        if (!m.withinTolerance()) {
            sb.append("  NOT within tolerance");
        }
        sb.append('\n');
        foods(sb, m, decimals);
    }

    private static void foods(StringBuilder sb, PlannedMeal m, int decimals) {
        List<String[]> rows = new ArrayList<>();
        int width = 0;
        for (PlannedFood f : m.foods()) {
            String amount = (f.counted() ? TextTable.fixed(f.amount(), decimals) : Numbers.plain(f.amount())) + " "
                    + f.unit();
            width = Math.max(width, amount.length());
            rows.add(new String[] {amount, f.name() + (f.counted() ? "" : " (not counted)")});
        }
        for (String[] r : rows) {
            sb.append("      ").append(" ".repeat(width - r[0].length())).append(r[0]).append("  ").append(r[1])
                    .append('\n');
        }
    }

    private static void day(StringBuilder sb, PlanDay d, PlanPrescription p) {
        DayChecks c = d.checks();
        sb.append("  Day: ").append(TextTable.fixed(d.totals().kcal(), 1)).append(" kcal, fat ")
                .append(TextTable.fixed(d.totals().fatG(), 1)).append(" g, protein ")
                .append(TextTable.fixed(d.totals().proteinG(), 1)).append(" g, carbohydrate ")
                .append(TextTable.fixed(d.totals().carbG(), 1)).append(" g, ratio ").append(ratio(d.totals().ratio()))
                .append('\n');
        if (c == null) {
            return;
        }
        sb.append("  Checks: energy ").append(TextTable.fixed(c.energyPct(), 0)).append(" %, protein ")
                .append(TextTable.fixed(c.proteinPct(), 0)).append(" %")
                .append(c.carbPct() == null ? "" : ", carbohydrate " + TextTable.fixed(c.carbPct(), 0) + " %")
                .append(" of the prescription").append(d.ramp() == null ? "" : " (this step's)").append('\n');
        if (c.fluidAdvice() == null) {
            sb.append("  Fluid from food ").append(TextTable.fixed(c.fluidMl(), 0)).append(" of ")
                    .append(TextTable.fixed(c.fluidTargetMl(), 0)).append(" ml")
                    .append(c.fluidMl() < c.fluidTargetMl() ? " (give the rest as water)" : "").append('\n');
        } else {
            boolean feedsBasis = "feeds".equals(c.fluidBasis());
            sb.append("  Fluid: ").append(feedsBasis ? (c.feeds() != null && c.feeds().breastfedMl() > 0
                    ? "feeds and breastfeeds " : "feeds ") : c.feeds() != null ? "water from food and feeds "
                    : "water from food ")
                    .append(TextTable.fixed(c.fluidCountedMl(), 0)).append(" of ")
                    .append(TextTable.fixed(c.fluidTargetMl(), 0)).append(" ml: ").append(c.fluidAdvice())
                    .append('\n');
        }
        if (c.feeds() != null) {
            var f = c.feeds();
            sb.append("  Feeds: ").append(f.feeds()).append(" a day, ").append(TextTable.fixed(f.volumeMl(), 0))
                    .append(" ml").append(f.breastfedMl() > 0 ? " and breastfeeds of about "
                    + TextTable.fixed(f.breastfedMl(), 0) + " ml" : "").append(" (")
                    .append(TextTable.fixed(f.mlPerKgDay(), 0)).append(" ml/kg), largest ")
                    .append(TextTable.fixed(f.largestFeedMl(), 0)).append(" ml (")
                    .append(TextTable.fixed(f.largestFeedMlPerKg(), 0)).append(" ml/kg), ")
                    .append(TextTable.fixed(f.kcalPerMl(), 2)).append(" kcal/ml\n");
        }
        for (String w : c.warnings()) {
            sb.append("  ! ").append(w).append('\n');
        }
        List<String> low = new ArrayList<>();
        Map<String, List<String>> unknown = new TreeMap<>();
        for (DayChecks.NutrientCheck n : c.micronutrients()) {
            if (n.needsSupplement()) {
                low.add(n.label() + " " + TextTable.fixed(n.pct(), 0) + " %");
            }
            if (n.unknown()) {
                unknown.computeIfAbsent(String.join(", ", n.unknownIn()), k -> new ArrayList<>()).add(n.label());
            }
        }
        if (!low.isEmpty()) {
            sb.append("  Needs supplement: ").append(String.join(", ", low)).append('\n');
        }
        unknown.forEach((foods, labels) -> sb.append("  Unknown (not stated for ").append(foods).append("): ")
                .append(String.join(", ", labels)).append('\n'));
    }

    private static String slots(PlanPrescription p) {
        long snacks = p.slots().stream().filter(s -> s.kind() == MealKind.SNACK).count();
        long meals = p.slots().size() - snacks;
        return meals + (meals == 1 ? " meal" : " meals") + (snacks == 0 ? "" : ", " + snacks
                + (snacks == 1 ? " snack" : " snacks"));
    }

    static String ratio(double r) {
        return Ratio.format(Math.round(r * 100) / 100.0);
    }
}
