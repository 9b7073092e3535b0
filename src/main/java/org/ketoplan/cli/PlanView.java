package org.ketoplan.cli;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ketoplan.common.TextTable;
import org.ketoplan.nutrition.Ratio;
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
        sb.append(plan.patient().name()).append(", ").append(Ratio.plain(plan.patient().ageMonths()))
                .append(" months, ").append(Ratio.plain(plan.patient().weightKg())).append(" kg: ")
                .append(TextTable.fixed(p.kcal(), 0)).append(" kcal/d at ").append(ratio(p.ratio())).append(", ")
                .append(TextTable.fixed(p.proteinG(), 1)).append(" g protein, carbohydrate ")
                .append(p.carbConvention().word()).append("; ").append(slots(p)).append("; weighed in ")
                .append(Ratio.plain(plan.tolerances().step())).append(" g steps\n");
        List<PlanDay> days = plan.days().subList(from, plan.days().size());
        if (!days.isEmpty()) {
            sb.append(days.size()).append(" day").append(days.size() == 1 ? "" : "s").append(", ")
                    .append(days.get(0).date()).append(" to ").append(days.get(days.size() - 1).date())
                    .append(" (seed ").append(plan.seed()).append(")\n");
        }
        for (PlanDay d : showDays ? days : List.<PlanDay>of()) {
            sb.append('\n').append(d.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    .append(' ').append(d.date()).append('\n');
            for (PlannedMeal m : d.meals()) {
                meal(sb, m, decimals);
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

    private static void meal(StringBuilder sb, PlannedMeal m, int decimals) {
        sb.append("  ").append(m.time() == null ? "" : m.time() + " ").append(m.slot()).append(": ")
                .append(m.recipeName() == null ? "(loose foods)" : m.recipeName()).append("  (")
                .append(TextTable.fixed(m.totals().kcal(), 1)).append(" kcal, ").append(ratio(m.totals().ratio()))
                .append(')');
        if (!m.withinTolerance()) {
            sb.append("  NOT within tolerance");
        }
        sb.append('\n');
        List<String[]> rows = new ArrayList<>();
        int width = 0;
        for (PlannedFood f : m.foods()) {
            String amount = (f.counted() ? TextTable.fixed(f.amount(), decimals) : Ratio.plain(f.amount())) + " "
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
                .append(TextTable.fixed(c.proteinPct(), 0)).append(" % of the prescription; fluid from food ")
                .append(TextTable.fixed(c.fluidMl(), 0)).append(" of ").append(TextTable.fixed(c.fluidTargetMl(), 0))
                .append(" ml").append(c.fluidMl() < c.fluidTargetMl() ? " (give the rest as water)" : "")
                .append('\n');
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
        long snacks = p.slots().stream().filter(s -> "snack".equals(s.kind())).count();
        long meals = p.slots().size() - snacks;
        return meals + (meals == 1 ? " meal" : " meals") + (snacks == 0 ? "" : ", " + snacks
                + (snacks == 1 ? " snack" : " snacks"));
    }

    static String ratio(double r) {
        return Ratio.format(Math.round(r * 100) / 100.0);
    }
}
