package org.ketoplan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.prescription.ReferenceIntakes;

/**
 * A day's totals and checks, from its meals and the stored composition of their foods (so a plan file can be
 * checked again without the food database).
 *
 * <ul>
 *   <li>Totals: the counted foods' fat, protein, carbohydrate and kcal, as stored with each food.</li>
 *   <li>Energy and protein: the day's kcal and protein as a percentage of the prescription's food targets.</li>
 *   <li>Fluid: the water in every food eaten, counted or not (1 g of water = 1 ml), against the prescription's
 *       Holliday-Segar target ({@link org.ketoplan.prescription.Fluid}).</li>
 *   <li>Micronutrients: each nutrient of {@link ReferenceIntakes} for the child's age, summed over every food
 *       eaten (seasonings included) that states it; a food without a value for it is named in {@code unknown_in}.
 *       Below 100 % of the reference the nutrient "needs supplement" when every food states it, and is "unknown"
 *       when some food does not (a missing value is never read as zero).</li>
 * </ul>
 */
public final class DayTotals {
    private DayTotals() {
    }

    /** What the counted foods of {@code foods} supply. */
    public static PlanTotals of(List<PlannedFood> foods) {
        double f = 0;
        double p = 0;
        double c = 0;
        double k = 0;
        for (PlannedFood x : foods) {
            if (x.counted()) {
                f += x.fatG();
                p += x.proteinG();
                c += x.carbG();
                k += x.kcal();
            }
        }
        return totals(k, f, p, c);
    }

    /** Totals rounded for storage: grams and kcal to 0.001, the ratio to 0.001. */
    static PlanTotals totals(double kcal, double fat, double protein, double carb) {
        double units = protein + carb;
        return new PlanTotals(r3(kcal), r3(fat), r3(protein), r3(carb), units > 0 ? r3(fat / units) : 0);
    }

    /** The day of {@code meals} with its totals and checks. */
    public static PlanDay day(LocalDate date, List<PlannedMeal> meals, Map<String, PlanFood> foods,
                              PlanPrescription prescription, int ageMonths) {
        List<PlannedFood> all = new ArrayList<>();
        for (PlannedMeal m : meals) {
            all.addAll(m.foods());
        }
        PlanTotals totals = of(all);
        double water = 0;
        for (PlannedFood x : all) {
            water += per100(foods, x, Nutrient.WATER.key()) * x.amount() / 100;
        }
        List<DayChecks.NutrientCheck> micro = new ArrayList<>();
        for (Map.Entry<Nutrient, Double> ref : ReferenceIntakes.forAgeMonths(ageMonths).entrySet()) {
            Nutrient n = ref.getKey();
            double amount = 0;
            TreeSet<String> unknown = new TreeSet<>();
            for (PlannedFood x : all) {
                PlanFood pf = foods.get(x.id());
                Double v = pf == null ? null : pf.per100().get(n.key());
                if (v == null) {
                    if (x.amount() > 0) {
                        unknown.add(x.id());
                    }
                } else {
                    amount += v * x.amount() / 100;
                }
            }
            double pct = amount / ref.getValue() * 100;
            micro.add(new DayChecks.NutrientCheck(n.key(), n.label(), n.unit(), r3(amount), ref.getValue(), r1(pct),
                    pct < 100 && unknown.isEmpty(), List.copyOf(unknown)));
        }
        DayChecks checks = new DayChecks(pct(totals.kcal(), prescription.kcal()),
                pct(totals.proteinG(), prescription.proteinG()), r1(water), prescription.fluidMl(), micro);
        return new PlanDay(date, meals, totals, checks);
    }

    /** The labels of the nutrients below their reference, in reference order. */
    public static List<String> needsSupplement(DayChecks checks) {
        return checks.micronutrients().stream().filter(DayChecks.NutrientCheck::needsSupplement)
                .map(DayChecks.NutrientCheck::label).toList();
    }

    private static double per100(Map<String, PlanFood> foods, PlannedFood x, String key) {
        PlanFood pf = foods.get(x.id());
        Double v = pf == null ? null : pf.per100().get(key);
        return v == null ? 0 : v;
    }

    private static double pct(double value, double target) {
        return target > 0 ? r1(value / target * 100) : 0;
    }

    static double r3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static double r1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static String ratio(double r) {
        return Ratio.format(Math.round(r * 100) / 100.0);
    }
}
