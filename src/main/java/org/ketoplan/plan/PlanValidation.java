package org.ketoplan.plan;

import org.ketoplan.nutrition.Numbers;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ketoplan.common.Limits;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Ratio;

/**
 * Checks a plan read from {@code plan.json} as a whole, so that a hand-edited or damaged file is refused with the
 * field that is wrong rather than exported, printed or reminded of as it stands.
 *
 * <p>Two kinds of problem:
 * <ul>
 *   <li>{@link Kind#INVALID}: a value no plan can have (a ratio of 0, a negative amount, a date out of order or
 *       twice, a food without its composition's unit, a plan without days, a value past its bound);</li>
 *   <li>{@link Kind#INCONSISTENT}: values that do not agree with each other (a food's grams changed without its
 *       fat, protein, carbohydrate and kcal; a meal's or day's totals that are not the sum of its foods; a food
 *       whose composition is not stored with the plan; a meal marked within its bands that is not). The plan
 *       check lists these, and fixing the plan recomputes them from the grams.</li>
 * </ul>
 *
 * <p>Each rule is one method over the plan; a new optional field of the plan gets a rule of its own in
 * {@link #RULES} (checking it only when present).
 */
public final class PlanValidation {
    /** The kind of a problem. */
    public enum Kind {
        /** A value no plan can have. */
        INVALID,
        /** Values that do not agree with each other; fixing the plan recomputes them. */
        INCONSISTENT
    }

    /**
     * One problem.
     *
     * @param pointer the JSON pointer of the value ("/days/3/meals/1/foods/0/fat_g")
     * @param message what is wrong, with the values
     * @param kind invalid or inconsistent
     */
    public record Problem(String pointer, String message, Kind kind) {
    }

    /** A rule: adds the problems it finds in a plan. */
    @FunctionalInterface
    interface Rule {
        void check(Plan plan, List<Problem> out);
    }

    /** The rules, run in this order; the first problem found is the one reported when reading. */
    private static final List<Rule> RULES = List.of(
            PlanValidation::patient,
            PlanValidation::prescription,
            PlanValidation::tolerances,
            PlanValidation::foods,
            PlanValidation::days,
            PlanValidation::meals,
            PlanValidation::totals,
            PlanValidation::notes);

    /** Stored values are rounded to 0.001: a recomputed value may differ by that much per term. */
    private static final double ROUNDING = 0.0015;

    private PlanValidation() {
    }

    /** Every problem of {@code plan}, invalid ones first. */
    public static List<Problem> problems(Plan plan) {
        List<Problem> out = new ArrayList<>();
        for (Rule r : RULES) {
            r.check(plan, out);
        }
        List<Problem> sorted = new ArrayList<>(out.stream().filter(p -> p.kind() == Kind.INVALID).toList());
        sorted.addAll(out.stream().filter(p -> p.kind() == Kind.INCONSISTENT).toList());
        return sorted;
    }

    private static void invalid(List<Problem> out, String pointer, String message) {
        out.add(new Problem(pointer, message, Kind.INVALID));
    }

    private static void inconsistent(List<Problem> out, String pointer, String message) {
        out.add(new Problem(pointer, message, Kind.INCONSISTENT));
    }

    private static void text(List<Problem> out, String pointer, String value, int max) {
        if (value != null && value.length() > max) {
            invalid(out, pointer, "has " + value.length() + " characters; the most is " + max);
        }
    }

    private static void range(List<Problem> out, String pointer, double v, double min, double max, String unit) {
        if (!(v >= min && v <= max)) {
            invalid(out, pointer, Numbers.plain(v) + unit + " is outside " + Numbers.plain(min) + " to "
                    + Numbers.plain(max) + unit);
        }
    }

    private static void time(List<Problem> out, String pointer, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            LocalTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            invalid(out, pointer, "'" + value + "' is not a time of day HH:MM");
        }
    }

    private static void date(List<Problem> out, String pointer, LocalDate d) {
        if (d != null && (d.isBefore(Limits.FIRST_DATE) || d.isAfter(Limits.LAST_DATE))) {
            invalid(out, pointer, d + " is outside " + Limits.FIRST_DATE.getYear() + " to "
                    + Limits.LAST_DATE.getYear());
        }
    }

    private static void patient(Plan plan, List<Problem> out) {
        PlanPatient p = plan.patient();
        text(out, "/patient/name", p.name(), Limits.NAME_CHARS);
        range(out, "/patient/age_months", p.ageMonths(), 0, 1200, "");
        range(out, "/patient/weight_kg", p.weightKg(), 0.1, Limits.WEIGHT_KG, " kg");
        date(out, "/patient/born", p.born());
        if (p.timeZone() != null && !p.timeZone().isBlank()) {
            try {
                ZoneId.of(p.timeZone().trim());
            } catch (DateTimeException e) {
                invalid(out, "/patient/time_zone", "'" + p.timeZone() + "' is not a time zone (e.g. Europe/London)");
            }
        }
        for (int i = 0; i < p.excludeFoods().size(); i++) {
            text(out, "/patient/exclude_foods/" + i, p.excludeFoods().get(i), Limits.NAME_CHARS);
        }
    }

    private static void prescription(Plan plan, List<Problem> out) {
        PlanPrescription rx = plan.prescription();
        range(out, "/prescription/kcal", rx.kcal(), 1, Limits.DAY_KCAL, " kcal");
        range(out, "/prescription/ratio", rx.ratio(), Ratio.MIN, Ratio.MAX, "");
        range(out, "/prescription/fat_g", rx.fatG(), 0, Limits.DAY_KCAL / 9, " g");
        range(out, "/prescription/protein_g", rx.proteinG(), 0, Limits.DAY_KCAL / 4, " g");
        range(out, "/prescription/carb_g", rx.carbG(), 0, Limits.DAY_KCAL / 4, " g");
        range(out, "/prescription/medicine_carb_g", rx.medicineCarbG(), 0, Limits.DAY_KCAL / 4, " g");
        range(out, "/prescription/fluid_ml", rx.fluidMl(), 0, 20_000, " ml");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rx.slots().size(); i++) {
            PlanSlot s = rx.slots().get(i);
            String at = "/prescription/slots/" + i;
            text(out, at + "/name", s.name(), Limits.NAME_CHARS);
            if (!names.add(s.name().toLowerCase(Locale.ROOT))) {
                invalid(out, at + "/name", "two slots are named '" + s.name() + "'");
            }
            time(out, at + "/time", s.time());
            if (!List.of(MealKind.MEAL, MealKind.SNACK, MealKind.FEED).contains(s.kind())) {
                invalid(out, at + "/kind", "'" + s.kind() + "' is not meal, snack or feed");
            }
            range(out, at + "/kcal", s.kcal(), 0, Limits.MEAL_KCAL, " kcal");
            range(out, at + "/ratio", s.ratio(), Ratio.MIN, Ratio.MAX, "");
        }
        for (int i = 0; i < rx.medicines().size(); i++) {
            PlanMedicine m = rx.medicines().get(i);
            String at = "/prescription/medicines/" + i;
            text(out, at + "/name", m.name(), Limits.NAME_CHARS);
            range(out, at + "/carb_mg_per_dose", m.carbMgPerDose(), 0, 100_000, " mg");
            range(out, at + "/doses_per_day", m.dosesPerDay(), 0, 48, "");
            for (int k = 0; k < m.times().size(); k++) {
                time(out, at + "/times/" + k, m.times().get(k));
            }
        }
    }

    private static void tolerances(Plan plan, List<Problem> out) {
        PlanTolerances t = plan.tolerances();
        range(out, "/tolerances/ratio", t.ratio(), 0, 1, "");
        range(out, "/tolerances/kcal_pct", t.kcalPct(), 0, 50, " %");
        if (!(t.step() == 1 || t.step() == 0.1)) {
            invalid(out, "/tolerances/step", Numbers.plain(t.step()) + " is not a scale step of 1 or 0.1 g");
        }
    }

    private static void foods(Plan plan, List<Problem> out) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < plan.foods().size(); i++) {
            PlanFood f = plan.foods().get(i);
            String at = "/foods/" + i;
            text(out, at + "/id", f.id(), Limits.NAME_CHARS);
            text(out, at + "/name", f.name(), Limits.NAME_CHARS);
            if (!ids.add(f.id())) {
                invalid(out, at + "/id", "food '" + f.id() + "' is stored twice");
            }
            for (Map.Entry<Nutrient, Double> e : f.per100().known().entrySet()) {
                String problem = per100Problem(e.getKey(), e.getValue());
                if (problem != null) {
                    invalid(out, at + "/per100/" + e.getKey().key(), problem);
                }
            }
        }
    }

    /**
     * What is wrong with {@code v} of {@code n} per 100 units, or null: it lies from 0 to 1,000 kcal, to 100 g, or to
     * 100,000 mg or ug ({@link Limits}).
     */
    static String per100Problem(Nutrient n, double v) {
        double max = n == Nutrient.ENERGY ? Limits.KCAL_PER_100 : n.unit().equals("g") ? Limits.GRAMS_PER_100
                : Limits.NUTRIENT_PER_100;
        return v >= 0 && v <= max ? null : Numbers.plain(v) + " is outside 0 to " + Numbers.plain(max);
    }

    private static void days(Plan plan, List<Problem> out) {
        if (plan.days().isEmpty()) {
            invalid(out, "/days", "the plan has no days");
            return;
        }
        if (plan.days().size() > Limits.PLAN_DAYS) {
            invalid(out, "/days", plan.days().size() + " days; a plan has at most " + Limits.PLAN_DAYS);
        }
        LocalDate before = null;
        for (int i = 0; i < plan.days().size(); i++) {
            LocalDate d = plan.days().get(i).date();
            date(out, "/days/" + i + "/date", d);
            if (before != null && !d.isAfter(before)) {
                invalid(out, "/days/" + i + "/date", d + (d.equals(before) ? " is given twice" : " comes after "
                        + before) + "; the days must be in date order, each once");
            }
            before = d;
        }
    }

    private static void meals(Plan plan, List<Problem> out) {
        Map<String, PlanFood> foods = new HashMap<>();
        plan.foods().forEach(f -> foods.putIfAbsent(f.id(), f));
        for (int i = 0; i < plan.days().size(); i++) {
            PlanDay day = plan.days().get(i);
            Set<String> slots = new HashSet<>();
            for (int k = 0; k < day.meals().size(); k++) {
                PlannedMeal m = day.meals().get(k);
                String at = "/days/" + i + "/meals/" + k;
                text(out, at + "/slot", m.slot(), Limits.NAME_CHARS);
                text(out, at + "/recipe_name", m.recipeName(), Limits.NAME_CHARS);
                if (!slots.add(m.slot().toLowerCase(Locale.ROOT))) {
                    invalid(out, at + "/slot", "'" + m.slot() + "' is planned twice on " + day.date());
                }
                time(out, at + "/time", m.time());
                if (m.target() == null) {
                    invalid(out, at + "/target", "missing");
                } else {
                    range(out, at + "/target/kcal", m.target().kcal(), 0, Limits.MEAL_KCAL, " kcal");
                    range(out, at + "/target/ratio", m.target().ratio(), Ratio.MIN, Ratio.MAX, "");
                }
                if (m.totals() == null) {
                    invalid(out, at + "/totals", "missing");
                }
                for (int d = 0; d < m.directions().size(); d++) {
                    text(out, at + "/directions/" + d, m.directions().get(d), Limits.TEXT_CHARS);
                }
                for (int j = 0; j < m.foods().size(); j++) {
                    food(plan, foods, m.foods().get(j), at + "/foods/" + j, out);
                }
                if (m.volumeMl() != null) {
                    range(out, at + "/volume_ml", m.volumeMl(), 0, Limits.GRAMS, " ml");
                }
            }
            PlannedMeal batch = day.feedBatch();
            if (batch != null) {
                for (int j = 0; j < batch.foods().size(); j++) {
                    food(plan, foods, batch.foods().get(j), "/days/" + i + "/feed_batch/foods/" + j, out);
                }
            }
        }
    }

    private static void food(Plan plan, Map<String, PlanFood> foods, PlannedFood f, String at, List<Problem> out) {
        text(out, at + "/name", f.name(), Limits.NAME_CHARS);
        range(out, at + "/amount", f.amount(), 0, Limits.GRAMS, " " + f.unit());
        PlanFood c = foods.get(f.id());
        if (c == null) {
            inconsistent(out, at + "/id", "food '" + f.id() + "' has no composition in the plan's foods");
            return;
        }
        if (!c.unit().equals(f.unit())) {
            invalid(out, at + "/unit", "'" + f.unit() + "', but the food is measured in " + c.unit());
        }
        CarbConvention conv = plan.prescription().carbConvention();
        Macros m = f.counted() ? c.macros(f.amount()) : Macros.ZERO;
        String of = " for " + Numbers.plain(f.amount()) + " " + f.unit() + " of " + c.id()
                + (f.counted() ? "" : " (not counted)");
        agree(out, at + "/fat_g", f.fatG(), m.fatG(), of);
        agree(out, at + "/protein_g", f.proteinG(), m.proteinG(), of);
        agree(out, at + "/carb_g", f.carbG(), m.carbohydrate(conv), of);
        agree(out, at + "/kcal", f.kcal(), m.kcal(conv), of);
    }

    private static void agree(List<Problem> out, String pointer, double stored, double computed, String of) {
        if (!(Math.abs(stored - computed) <= ROUNDING + 1e-6 * Math.abs(computed))) {
            inconsistent(out, pointer, Numbers.plain(stored) + " is stored, but the stored composition gives "
                    + Numbers.plain(Math.round(computed * 1000) / 1000.0) + of);
        }
    }

    private static void totals(Plan plan, List<Problem> out) {
        PlanTolerances tol = plan.tolerances();
        for (int i = 0; i < plan.days().size(); i++) {
            PlanDay day = plan.days().get(i);
            List<PlannedFood> all = new ArrayList<>();
            for (int k = 0; k < day.meals().size(); k++) {
                PlannedMeal m = day.meals().get(k);
                if (m.totals() == null || m.target() == null) {
                    continue;
                }
                String at = "/days/" + i + "/meals/" + k;
                sums(out, at + "/totals", m.totals(), m.foods(), "its foods");
                all.addAll(m.foods());
                PlanTotals t = m.totals();
                double r = t.proteinG() + t.carbG() > 0 ? t.fatG() / (t.proteinG() + t.carbG()) : 0;
                boolean inBand = r >= m.target().ratio() - tol.ratio() - 1e-3
                        && r <= m.target().ratio() + tol.ratio() + 1e-3
                        && t.kcal() >= m.target().kcal() * (1 - tol.energyFraction()) - 0.01
                        && t.kcal() <= m.target().kcal() * (1 + tol.energyFraction()) + 0.01;
                if (m.withinTolerance() && !inBand) {
                    inconsistent(out, at + "/within_tolerance", "true, but the meal's ratio " + Ratio.format(
                            Math.round(r * 100) / 100.0) + " and " + Numbers.plain(t.kcal()) + " kcal are outside its "
                            + "bands (" + Ratio.format(m.target().ratio()) + " +- " + Numbers.plain(tol.ratio()) + ", "
                            + Numbers.plain(m.target().kcal()) + " kcal +- " + Numbers.plain(tol.kcalPct()) + " %)");
                }
            }
            if (day.feedBatch() != null && day.feedBatch().totals() != null) {
                sums(out, "/days/" + i + "/feed_batch/totals", day.feedBatch().totals(), day.feedBatch().foods(),
                        "its foods");
            }
            if (day.totals() != null) {
                sums(out, "/days/" + i + "/totals", day.totals(), all, "its meals' foods");
                if (day.checks() != null && plan.prescription().kcal() > 0) {
                    double pct = Math.round(day.totals().kcal() / plan.prescription().kcal() * 1000) / 10.0;
                    if (Math.abs(day.checks().energyPct() - pct) > 0.15) {
                        inconsistent(out, "/days/" + i + "/checks/energy_pct", Numbers.plain(day.checks().energyPct())
                                + " is stored, but the day's " + Numbers.plain(day.totals().kcal()) + " kcal are "
                                + Numbers.plain(pct) + " % of the prescription's " + Numbers.plain(plan.prescription()
                                .kcal()));
                    }
                }
            } else {
                invalid(out, "/days/" + i + "/totals", "missing");
            }
        }
    }

    /** The stored totals against the sum of the counted foods. */
    private static void sums(List<Problem> out, String at, PlanTotals stored, List<PlannedFood> foods, String what) {
        PlanTotals t = DayTotals.of(foods); // as the planner sums them, rounded to 0.001
        double slack = 0.001 * (foods.stream().filter(PlannedFood::counted).count() + 2);
        String[] names = {"fat_g", "protein_g", "carb_g", "kcal"};
        double[] have = {stored.fatG(), stored.proteinG(), stored.carbG(), stored.kcal()};
        double[] sum = {t.fatG(), t.proteinG(), t.carbG(), t.kcal()};
        for (int i = 0; i < names.length; i++) {
            if (!(Math.abs(have[i] - sum[i]) <= slack + 1e-6 * Math.abs(sum[i]))) {
                inconsistent(out, at + "/" + names[i], Numbers.plain(have[i]) + " is stored, but " + what
                        + " add up to " + Numbers.plain(Math.round(sum[i] * 1000) / 1000.0));
            }
        }
        double units = stored.proteinG() + stored.carbG();
        double ratio = units > 0 ? stored.fatG() / units : 0;
        if (!(Math.abs(stored.ratio() - ratio) <= 0.002 + 0.001 * ratio)) {
            inconsistent(out, at + "/ratio", Numbers.plain(stored.ratio()) + " is stored, but fat / (protein + "
                    + "carbohydrate) is " + Numbers.plain(Math.round(ratio * 1000) / 1000.0));
        }
    }

    private static void notes(Plan plan, List<Problem> out) {
        for (int i = 0; i < plan.notes().size(); i++) {
            text(out, "/notes/" + i, plan.notes().get(i), Limits.TEXT_CHARS);
        }
        text(out, "/food_data_version", plan.foodDataVersion(), Limits.NAME_CHARS);
    }
}
