package org.ketoplan.compose;

import java.util.List;
import java.util.Objects;
import org.ketoplan.common.Limits;
import org.ketoplan.nutrition.Checks;
import org.ketoplan.prescription.MealTarget;

/**
 * A day of infant feeds to make up: the day's target, the products (a complete ketogenic formula, or a milk with
 * fat and protein modules; breast milk usually fixed), the day's fluid, and the number of equal feeds.
 *
 * @param day the day's target (energy, ratio, fat, protein, carbohydrate)
 * @param products the products, as composer ingredients (powders in g, liquids in ml)
 * @param fluidMl the day's total volume in ml (water plus liquid products)
 * @param feeds how many equal feeds the day's batch is divided into
 * @param weightKg the infant's weight, for the feed-size warning; null when not known
 * @param step the scale's step for powders (g) and liquids (ml)
 * @param tolerances as for a meal
 * @param maxFeedMlPerKg warn when a feed is larger than this per kg (see {@link Fluids#DEFAULT_MAX_FEED_ML_PER_KG})
 * @param powderMlPerG the volume a gram of powder adds when dissolved; 0 = not counted (the default), so the
 *     water is the fluid minus the liquid products and the made-up volume is slightly above the fluid
 */
public record FormulaRequest(MealTarget day, List<Ingredient> products, double fluidMl, int feeds, Double weightKg,
                             double step, Tolerances tolerances, double maxFeedMlPerKg, double powderMlPerG) {

    /** The most fluid a day's feeds may hold: 20 litres. */
    public static final double MAX_FLUID_ML = 20_000;
    /** The most feeds in a day: one every half hour. */
    public static final int MAX_FEEDS = 48;

    /**
     * Rejects a missing target, no products, a non-positive fluid or feed count, negative limits, and values past
     * their bounds (20,000 kcal, 20,000 ml, 48 feeds, 250 kg, 1,000 ml/kg a feed, 10 ml a gram of powder).
     */
    public FormulaRequest {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(tolerances, "tolerances");
        if (products == null || products.isEmpty()) {
            throw new IllegalArgumentException("no formula or module given");
        }
        products = List.copyOf(products);
        if (weightKg != null) {
            Checks.positive("weight", weightKg);
            Limits.atMost("weight", weightKg, Limits.WEIGHT_KG, "kg");
        }
        Limits.atMost("kcal", day.kcal(), Limits.DAY_KCAL, "kcal");
        Checks.positive("fluid", fluidMl);
        Limits.atMost("fluid", fluidMl, MAX_FLUID_ML, "ml");
        if (feeds < 1 || feeds > MAX_FEEDS) {
            throw new IllegalArgumentException("feeds must be 1 to " + MAX_FEEDS + " (" + feeds + ")");
        }
        Checks.positive("step", step);
        Checks.positive("largest feed per kg", maxFeedMlPerKg);
        Limits.atMost("largest feed per kg", maxFeedMlPerKg, 1_000, "ml/kg");
        Checks.nonNegative("powder volume per g", powderMlPerG);
        Limits.atMost("powder volume per g", powderMlPerG, 10, "ml/g");
    }

    /** A request with 1 g steps, default tolerances, the default feed-size rule and powder volume not counted. */
    public static FormulaRequest of(MealTarget day, List<Ingredient> products, double fluidMl, int feeds,
                                    Double weightKg) {
        return new FormulaRequest(day, products, fluidMl, feeds, weightKg, MealRequest.DEFAULT_STEP,
                Tolerances.DEFAULT, Fluids.DEFAULT_MAX_FEED_ML_PER_KG, 0);
    }
}
