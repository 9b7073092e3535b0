package org.ketoplan.compose;

import org.ketoplan.nutrition.Numbers;
import org.ketoplan.nutrition.Checks;

/**
 * What a kitchen can weigh and a child can eat at one meal: the smallest amount of a counted food worth weighing,
 * the most of one food, and the most a whole meal may weigh (counted foods, g or ml).
 *
 * <p>Defaults, each ketoplan's own rule (no clinical source gives one):
 * <ul>
 *   <li>Smallest weighable amount: {@value #MIN_WEIGHABLE_STEPS} scale steps (5 g at 1 g, 0.5 g at 0.1 g). A scale
 *       shows an amount to within half a step, so 5 steps weigh to within 10 %; 1 g on a 1 g scale may be 0.5 to
 *       1.5 g (50 %), 3 g 17 %. A food the composer would give less of is left out of the meal when it is optional
 *       (its least amount is 0), or raised to this amount when the recipe needs it.</li>
 *   <li>The largest meal: {@value #MEAL_G_PER_KG} g per kg of body weight, the size of the largest feed ketoplan
 *       allows without a warning ({@link Fluids#DEFAULT_MAX_FEED_ML_PER_KG} ml/kg). For a meal without a child
 *       ({@code meal} with loose targets) {@value #MEAL_G_WITHOUT_CHILD} g, 30 g/kg for a child of about 13 kg
 *       (about 2.5 years, WHO weight-for-age median).</li>
 *   <li>The most of one food: half the largest meal, so no single food is more than half of what a meal may
 *       weigh (350 g of cucumber is refused).</li>
 * </ul>
 * Seasonings and water are not counted and are not limited here.
 *
 * @param minWeighableG the smallest amount of a counted food the composer chooses, or null for
 *     {@value #MIN_WEIGHABLE_STEPS} scale steps
 * @param maxFoodG the most of any one counted food the composer chooses, or null for no limit
 * @param maxMealG the most the counted foods of the meal may weigh together, or null for no limit
 */
public record AmountLimits(Double minWeighableG, Double maxFoodG, Double maxMealG) {
    /** The smallest weighable amount in scale steps: 5, so a half-step reading error is at most 10 %. */
    public static final int MIN_WEIGHABLE_STEPS = 5;
    /** The largest meal per kg of body weight, g (ketoplan's rule, the largest feed's size). */
    public static final double MEAL_G_PER_KG = 30;
    /** The largest meal when no child is named, g (ketoplan's rule: 30 g/kg for about 13 kg). */
    public static final double MEAL_G_WITHOUT_CHILD = 400;
    /** No caps; the smallest weighable amount by the scale's step. */
    public static final AmountLimits NONE = new AmountLimits(null, null, null);

    /** Rejects negative or non-finite limits and a food cap above the meal cap. */
    public AmountLimits {
        if (minWeighableG != null) {
            Checks.nonNegative("smallest weighable amount", minWeighableG);
        }
        if (maxFoodG != null) {
            Checks.positive("largest amount of one food", maxFoodG);
        }
        if (maxMealG != null) {
            Checks.positive("largest meal", maxMealG);
        }
        if (maxFoodG != null && maxMealG != null && maxFoodG > maxMealG) {
            throw new IllegalArgumentException("the largest amount of one food (" + Numbers.plain(maxFoodG)
                    + " g) is above the largest meal (" + Numbers.plain(maxMealG) + " g)");
        }
    }

    /** The caps for a child of {@code weightKg} (null: no child named): meal 30 g/kg (or 400 g), one food half. */
    public static AmountLimits forChild(Double weightKg) {
        double meal = weightKg == null ? MEAL_G_WITHOUT_CHILD : Math.round(MEAL_G_PER_KG * weightKg);
        return new AmountLimits(null, meal / 2, meal);
    }

    /** The smallest weighable amount at the scale step {@code step}: the one given, or 5 steps. */
    public double minWeighableG(double step) {
        return minWeighableG != null ? minWeighableG : MIN_WEIGHABLE_STEPS * step;
    }

    /** These limits without the caps on one food and on the meal (feeds: their volume is checked instead). */
    public AmountLimits withoutCaps() {
        return new AmountLimits(minWeighableG, null, null);
    }

    /** These limits with another smallest weighable amount. */
    public AmountLimits withMinWeighableG(Double g) {
        return new AmountLimits(g, maxFoodG, maxMealG);
    }

    /** The rule in words, for the outputs that show it. */
    public String describe(double step) {
        double min = minWeighableG(step);
        return "smallest weighed amount " + Numbers.plain(min) + " g" + (minWeighableG == null ? " ("
                + MIN_WEIGHABLE_STEPS + " scale steps: within 10 %, ketoplan's rule)" : "")
                + (maxFoodG == null ? "" : "; at most " + Numbers.plain(maxFoodG) + " g of one food")
                + (maxMealG == null ? "" : "; a meal at most " + Numbers.plain(maxMealG) + " g");
    }
}
