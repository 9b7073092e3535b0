package org.ketoplan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.compose.Fluids;
import org.ketoplan.prescription.ReferenceIntakes;

/**
 * A day's totals and checks, from its meals and the stored composition of their foods (so a plan file can be
 * checked again without the food database).
 *
 * <ul>
 *   <li>Totals: the counted foods' fat, protein, carbohydrate and kcal, as stored with each food.</li>
 *   <li>Energy, protein and carbohydrate: the day's kcal, protein and carbohydrate as a percentage of the
 *       prescription's food targets (on a day of the initiation ramp, the day's own).</li>
 *   <li>Fluid: the water in every food eaten, counted or not (1 g of water = 1 ml), or for a milk-fed infant under
 *       6 months the feeds' volume, against the prescription's target ({@link org.ketoplan.prescription.Fluid});
 *       the feeds' volume and energy density ({@link FeedWarnings}).</li>
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

    /** The day of {@code meals} with its totals and checks (no ramp, no made-up feeds). */
    public static PlanDay day(LocalDate date, List<PlannedMeal> meals, Map<String, PlanFood> foods,
                              PlanPrescription prescription, int ageMonths) {
        return day(date, meals, foods, prescription, ageMonths, Extras.NONE);
    }

    /**
     * What a day has besides its meals: its step of the initiation ramp, its made-up feeds and their check, and the
     * child's weight (for the feeds per kg).
     *
     * @param ramp the ramp's step, or null
     * @param feedBatch the feeds as made up for the day, or null
     * @param feeds the feeds' check, or null
     * @param weightKg the child's weight
     */
    public record Extras(RampDay ramp, PlannedMeal feedBatch, FeedCheck feeds, double weightKg) {
        /** Nothing besides the meals. */
        public static final Extras NONE = new Extras(null, null, null, 0);
    }

    /**
     * The day of {@code meals} with its totals and checks against {@code prescription} (the day's own on a ramp
     * day), the feeds' warnings (energy density above {@value Fluids#MAX_KCAL_PER_ML} kcal/ml, a feed above
     * {@value Fluids#DEFAULT_MAX_FEED_ML_PER_KG} ml/kg, under 6 months a day outside 150-200 ml/kg) and what the
     * parent is told about drinks.
     */
    public static PlanDay day(LocalDate date, List<PlannedMeal> meals, Map<String, PlanFood> foods,
                              PlanPrescription prescription, int ageMonths, Extras extras) {
        List<PlannedFood> all = new ArrayList<>();
        for (PlannedMeal m : meals) {
            all.addAll(m.foods());
        }
        PlanTotals totals = of(all);
        double water = 0;
        for (PlannedFood x : all) {
            PlanFood pf = foods.get(x.id());
            water += (pf == null ? 0 : pf.per100().orZero(Nutrient.WATER)) * x.amount() / 100;
        }
        List<DayChecks.NutrientCheck> micro = new ArrayList<>();
        for (Map.Entry<Nutrient, Double> ref : ReferenceIntakes.forAgeMonths(ageMonths).entrySet()) {
            Nutrient n = ref.getKey();
            double amount = 0;
            TreeSet<String> unknown = new TreeSet<>();
            for (PlannedFood x : all) {
                PlanFood pf = foods.get(x.id());
                OptionalDouble v = pf == null ? OptionalDouble.empty() : pf.per100().amount(n);
                if (v.isEmpty()) {
                    if (x.amount() > 0) {
                        unknown.add(x.id());
                    }
                } else {
                    amount += v.getAsDouble() * x.amount() / 100;
                }
            }
            double pct = amount / ref.getValue() * 100;
            micro.add(new DayChecks.NutrientCheck(n.key(), n.label(), n.unit(), r3(amount), ref.getValue(), r1(pct),
                    pct < 100 && unknown.isEmpty(), List.copyOf(unknown)));
        }
        String basis = prescription.fluidBasis() == null ? "water" : prescription.fluidBasis();
        FeedCheck feeds = extras.feeds();
        double counted = "feeds".equals(basis) && feeds != null ? feeds.milkMl() : r1(water);
        List<String> warnings = feeds == null ? List.of() : FeedWarnings.of(feeds, basis);
        DayChecks checks = new DayChecks(pct(totals.kcal(), prescription.kcal()),
                pct(totals.proteinG(), prescription.proteinG()), r1(water), prescription.fluidMl(), micro,
                pct(totals.carbG(), prescription.carbG()), basis,
                FeedWarnings.advice(basis, counted, prescription.fluidMl(), ageMonths, feeds), feeds, warnings);
        return new PlanDay(date, meals, totals, checks, extras.ramp(), extras.feedBatch());
    }

    /**
     * {@code base} with the day's energy, fat, protein and carbohydrate those of the sum of the meals' targets (a
     * day of the initiation ramp, whose own prescription the plan does not keep).
     */
    static PlanPrescription targetsOf(List<PlannedMeal> meals, PlanPrescription base) {
        double k = 0;
        double f = 0;
        double p = 0;
        double c = 0;
        for (PlannedMeal m : meals) {
            if (m.target() != null) {
                k += m.target().kcal();
                f += m.target().fatG();
                p += m.target().proteinG();
                c += m.target().carbG();
            }
        }
        return new PlanPrescription(k, p + c > 0 ? f / (p + c) : base.ratio(), f, p, c, base.carbConvention(),
                base.medicineCarbG(), base.fluidMl(), base.slots(), base.medicines(), base.sources(), base.pattern(),
                base.fluidBasis(), base.ramp(), base.expressedMilkMl(), base.breastfeeds());
    }

    /** The labels of the nutrients below their reference, in reference order. */
    public static List<String> needsSupplement(DayChecks checks) {
        return checks.micronutrients().stream().filter(DayChecks.NutrientCheck::needsSupplement)
                .map(DayChecks.NutrientCheck::label).toList();
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
