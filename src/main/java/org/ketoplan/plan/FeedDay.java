package org.ketoplan.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.ketoplan.compose.Fluids;
import org.ketoplan.compose.Portion;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.Basis;
import org.ketoplan.food.Food;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.prescription.BreastMilk;
import org.ketoplan.prescription.MealPattern;
import org.ketoplan.prescription.MealTarget;

/**
 * A day's milk feeds, made up as one batch and shared among the feeds: the way a parent makes a baby's feeds, and
 * the way the powders and modules reach amounts a kitchen scale can weigh (six feeds' 3 g of powder is one 18 g
 * weighing).
 *
 * <p>The batch is the feeds' recipe composed to the sum of the feed targets; each feed is its share of the batch
 * by energy. The water it is made up with follows the day's fluid target ({@link org.ketoplan.prescription.Fluid}):
 * <ul>
 *   <li>feeds basis (under 6 months): the batch's volume is the target (150 ml/kg/day) less the breastfeeds'
 *       estimated volume; water = that - liquid products (a powder's own volume is not counted, as in
 *       {@code ketoplan formula});</li>
 *   <li>water basis under 12 months: the feeds bring the water the meals and the products do not: water = target -
 *       the meals' water - the products' water (in whole ml of tap water, itself 99.9 % water), at most
 *       {@link Fluids#DEFAULT_MAX_FEED_ML_PER_KG} ml/kg a feed;</li>
 *   <li>from 12 months: the recipe's own water, scaled to the batch.</li>
 * </ul>
 */
final class FeedDay {
    /** The id of expressed breast milk in the shipped database (foods/keto-products.yaml). */
    static final String BREAST_MILK_ID = "breast-milk-expressed";

    private FeedDay() {
    }

    /**
     * The made-up feeds.
     *
     * @param batch the batch as a meal of the day's amounts (kind "feed batch")
     * @param feeds each feed's share, in the order of the feed slots
     * @param check the day's volume, per kg, largest feed and density
     */
    record Made(PlannedMeal batch, List<PlannedMeal> feeds, FeedCheck check) {
    }

    /** The sum of the feeds' targets. */
    static MealTarget batchTarget(List<PlanParts.SlotPlan> feeds, CarbConvention conv) {
        double f = 0;
        double p = 0;
        double c = 0;
        for (PlanParts.SlotPlan s : feeds) {
            f += s.target().fatG();
            p += s.target().proteinG();
            c += s.target().carbG();
        }
        return MealTarget.ofMacros("feeds", f, p, c, conv);
    }

    /**
     * The batch {@code composed} (to {@link #batchTarget}) made up with water and shared among {@code feeds}.
     *
     * @param fluidBasis "feeds" or "water"
     * @param fluidTargetMl the day's fluid target
     * @param mealsWaterMl the water in the day's other meals (breastfeeds included)
     * @param breastfedMl the day's breastfeeds' estimated volume
     * @param weightKg the child's weight
     */
    static Made make(List<PlanParts.SlotPlan> feeds, ComposedRecipe composed, String fluidBasis, double fluidTargetMl,
                     double mealsWaterMl, double breastfedMl, int ageMonths, double weightKg, double step,
                     Tolerances tolerances) {
        CarbConvention conv = composed.meal().carbs();
        double liquids = 0;
        double productsWater = 0;
        for (Portion p : composed.meal().portions()) {
            if (p.food().basis() == Basis.MILLILITRE) {
                liquids += p.amount();
            }
            productsWater += p.food().per100().orZero(Nutrient.WATER) * p.amount() / 100;
        }
        Portion recipeWater = composed.uncounted().stream().filter(p -> RecipeMeals.isWater(p.food())).findFirst()
                .orElse(null);
        double water;
        if (recipeWater == null) {
            water = 0; // a ready-to-drink feed: nothing is added
        } else if ("feeds".equals(fluidBasis)) {
            water = fluidTargetMl - breastfedMl - liquids;
        } else if (ageMonths < MealPattern.MEALS_FROM_MONTHS) {
            // tap water is 99.9 % water (SR24 14411): enough of it, in whole ml, to bring the water that is needed
            double fraction = recipeWater.food().per100().orZero(Nutrient.WATER) / 100;
            double needed = fluidTargetMl - mealsWaterMl - productsWater;
            water = Math.min(Math.ceil(needed / (fraction > 0 ? fraction : 1) - 1e-9),
                    Math.floor(Fluids.DEFAULT_MAX_FEED_ML_PER_KG * weightKg * feeds.size() - liquids));
        } else {
            water = recipeWater.amount();
        }
        water = Math.max(0, Math.rint(water));
        double volume = liquids + water;
        double kcal = composed.meal().kcal();
        double[] share = new double[feeds.size()];
        double total = 0;
        for (PlanParts.SlotPlan s : feeds) {
            total += s.target().kcal();
        }
        double largest = 0;
        for (int k = 0; k < feeds.size(); k++) {
            share[k] = total > 0 ? feeds.get(k).target().kcal() / total : 1.0 / feeds.size();
            largest = Math.max(largest, share[k] * volume);
        }
        Food waterFood = recipeWater == null ? null : recipeWater.food();
        List<PlannedFood> batchFoods = batchFoods(composed, waterFood, water, conv);
        PlannedMeal batch = new PlannedMeal("feeds for the day", null, composed.recipe().id(),
                composed.recipe().name(), composed.recipe().directions(), targetTotals(composed.meal().target()),
                batchFoods, DayTotals.of(batchFoods), composed.meal().withinTolerance(), MealKind.FEED_BATCH, volume);
        Map<String, Food> byId = new HashMap<>();
        composed.meal().portions().forEach(p -> byId.put(p.food().id(), p.food()));
        List<PlannedMeal> out = new ArrayList<>();
        for (int k = 0; k < feeds.size(); k++) {
            PlanParts.SlotPlan s = feeds.get(k);
            List<PlannedFood> fs = new ArrayList<>();
            for (PlannedFood f : batch.foods()) {
                Food food = byId.get(f.id());
                fs.add(shared(f, food == null ? null : food::macros, share[k], step, conv));
            }
            PlanTotals t = DayTotals.of(fs);
            boolean within = composed.meal().withinTolerance() && inBands(t, s.target(), tolerances);
            out.add(new PlannedMeal(s.slot().name(), s.slot().time(), composed.recipe().id(), composed.recipe().name(),
                    composed.recipe().directions(), targetTotals(s.target()), fs, t, within, MealKind.FEED,
                    DayTotals.r1(volume * share[k])));
        }
        FeedCheck check = new FeedCheck(feeds.size(), DayTotals.r1(volume),
                DayTotals.r1((volume + breastfedMl) / weightKg), DayTotals.r1(largest), DayTotals.r1(largest / weightKg),
                volume > 0 ? r2(kcal / volume) : 0, water, breastfedMl);
        return new Made(batch, out, check);
    }

    /**
     * The day's feeds shared again from {@code batch}, each keeping its slot, time and target: what fixing a plan
     * ({@link PlanCheck#fix}) does when a feed or the batch left its bands. The feeds' volume and density are those of the batch.
     *
     * @param batch the batch, its foods at their current composition (its uncounted foods are its water)
     * @param feeds the day's feeds as planned
     * @param before the day's feed check as planned (the breastfeeds and water are kept)
     * @param foods the current composition of each food
     */
    static Made reshare(PlannedMeal batch, List<PlannedMeal> feeds, FeedCheck before, double weightKg, double step,
                        Tolerances tolerances, Map<String, PlanFood> foods, CarbConvention conv) {
        double total = feeds.stream().mapToDouble(f -> f.target().kcal()).sum();
        double volume = 0;
        for (PlannedFood f : batch.foods()) {
            if (!f.counted() || f.unit() == org.ketoplan.food.Basis.MILLILITRE) {
                volume += f.amount();
            }
        }
        List<PlannedMeal> out = new ArrayList<>();
        double largest = 0;
        for (PlannedMeal feed : feeds) {
            double share = total > 0 ? feed.target().kcal() / total : 1.0 / feeds.size();
            largest = Math.max(largest, share * volume);
            List<PlannedFood> fs = new ArrayList<>();
            for (PlannedFood f : batch.foods()) {
                PlanFood c = foods.get(f.id());
                fs.add(shared(f, c == null ? null : c::macros, share, step, conv));
            }
            PlanTotals t = DayTotals.of(fs);
            MealTarget target = PlanParts.target(feed, conv);
            out.add(new PlannedMeal(feed.slot(), feed.time(), batch.recipeId(), batch.recipeName(),
                    batch.directions(), feed.target(), fs, t, batch.withinTolerance() && inBands(t, target,
                    tolerances), MealKind.FEED, DayTotals.r1(volume * share)));
        }
        double breastfed = before == null ? 0 : before.breastfedMl();
        FeedCheck check = new FeedCheck(feeds.size(), DayTotals.r1(volume), DayTotals.r1((volume + breastfed)
                / weightKg), DayTotals.r1(largest), DayTotals.r1(largest / weightKg), volume > 0
                ? r2(batch.totals().kcal() / volume) : 0, before == null ? 0 : before.waterMl(), breastfed);
        return new Made(batch, out, check);
    }

    /** The batch's foods at the day's amounts: the counted products, then the water. */
    static List<PlannedFood> batchFoods(ComposedRecipe composed, Food waterFood, double water,
                                                CarbConvention conv) {
        List<PlannedFood> out = new ArrayList<>();
        for (Portion p : composed.meal().portions()) {
            if (p.amount() == 0) {
                continue;
            }
            Macros m = p.counted() ? p.macros() : Macros.ZERO;
            out.add(new PlannedFood(p.food().id(), p.food().name(), p.amount(), p.food().basis(), p.counted(),
                    DayTotals.r3(m.fatG()), DayTotals.r3(m.proteinG()), DayTotals.r3(m.carbohydrate(conv)),
                    DayTotals.r3(m.kcal(conv))));
        }
        if (waterFood != null && water > 0) {
            out.add(new PlannedFood(waterFood.id(), waterFood.name(), water, waterFood.basis(), false, 0, 0, 0, 0));
        }
        return out;
    }

    /**
     * One feed's share of a batch food: the amount to 0.1 (or 0.01 at 0.1 g steps), its nutrients those of that
     * amount, so that plan.json's amounts and nutrients agree (the feeds' sum may differ from the batch by the
     * rounding: at most 0.05 of a unit of each food a feed).
     */
    private static PlannedFood shared(PlannedFood f, DoubleFunction<Macros> macrosOf, double share, double step,
                                      CarbConvention conv) {
        double scale = step < 1 ? 100 : 10;
        double amount = Math.round(f.amount() * share * scale) / scale;
        if (!f.counted() || macrosOf == null) {
            return new PlannedFood(f.id(), f.name(), amount, f.unit(), f.counted(), 0, 0, 0, 0);
        }
        Macros m = macrosOf.apply(amount);
        return new PlannedFood(f.id(), f.name(), amount, f.unit(), true, DayTotals.r3(m.fatG()),
                DayTotals.r3(m.proteinG()), DayTotals.r3(m.carbohydrate(conv)), DayTotals.r3(m.kcal(conv)));
    }

    /** A feed's rounded share inside its ratio and energy bands, as plan.json's reader checks them. */
    private static boolean inBands(PlanTotals t, MealTarget target, Tolerances tol) {
        return Math.abs(t.ratio() - target.ratio()) <= tol.ratio() + 1e-9
                && Math.abs(t.kcal() - target.kcal()) <= target.kcal() * tol.energyFraction() + 1e-9;
    }

    private static PlanTotals targetTotals(MealTarget target) {
        return DayTotals.totals(target.kcal(), target.fatG(), target.proteinG(), target.carbG());
    }

    /** A breastfeed as a meal of the plan: its estimated ml of breast milk, counted, not weighed. */
    static PlannedMeal breastfeed(PlanBreastfeed b, Food milk, CarbConvention conv) {
        Macros m = milk.macros(b.ml());
        PlannedFood f = new PlannedFood(milk.id(), milk.name(), b.ml(), milk.basis(), true, DayTotals.r3(m.fatG()),
                DayTotals.r3(m.proteinG()), DayTotals.r3(m.carbohydrate(conv)), DayTotals.r3(m.kcal(conv)));
        PlanTotals t = DayTotals.totals(m.kcal(conv), m.fatG(), m.proteinG(), m.carbohydrate(conv));
        return new PlannedMeal(b.name(), b.time(), null, "Breastfeed (about " + Math.round(b.ml()) + " ml)",
                List.of("Breastfeed as usual; the plan counts about " + Math.round(b.ml()) + " ml of breast milk "
                        + "(" + BreastMilk.SOURCE + ")."), t, List.of(f), t, true, MealKind.BREASTFEED, b.ml());
    }

    private static double r2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
