package org.ketoplan.app;

import org.ketoplan.compose.Tolerances;

/**
 * How closely a meal or feed is composed: the scale's step, the tolerances, and the limits on amounts. Checked by
 * the service, each failure naming its field ("step", "ratio_tolerance", "kcal_tolerance", "protein_band",
 * "carb_tolerance", "min_amount", "max_food", "max_meal").
 *
 * @param step the scale's step, 1 or 0.1 (g or ml)
 * @param ratioTolerance the allowed distance from the ratio
 * @param kcalTolerancePct the allowed distance from the energy, percent
 * @param proteinBandPct protein within this percent of its target, either side
 * @param carbToleranceG grams of carbohydrate allowed above the target, or null for one step of the most
 *     carbohydrate-dense food
 * @param minAmountG the smallest amount of a counted food to weigh, or null for 5 scale steps
 * @param maxFoodG the most of any one food, or null for the child's default
 * @param maxMealG the most the meal's counted foods may weigh, or null for the child's default
 */
public record ComposeSettings(double step, double ratioTolerance, double kcalTolerancePct, double proteinBandPct,
                              Double carbToleranceG, Double minAmountG, Double maxFoodG, Double maxMealG) {
    /** 1 g steps, +-0.1 ratio, +-5 % kcal, the default protein band, the default carbohydrate ceiling and caps. */
    public static final ComposeSettings DEFAULT = new ComposeSettings(1, 0.1, 5, Tolerances.DEFAULT_PROTEIN_PCT, null,
            null, null, null);

    /** The step, checked. */
    double checkedStep() {
        return Require.step("step", step);
    }

    /** The tolerances, each checked. */
    Tolerances tolerances() {
        Require.nonNegative("ratio_tolerance", ratioTolerance);
        Require.atMost("ratio_tolerance", ratioTolerance, 1, "");
        Require.nonNegative("kcal_tolerance", kcalTolerancePct);
        Require.belowHundredPercent("kcal_tolerance", kcalTolerancePct);
        Require.nonNegative("protein_band", proteinBandPct);
        Require.belowHundredPercent("protein_band", proteinBandPct);
        if (carbToleranceG != null) {
            Require.nonNegative("carb_tolerance", carbToleranceG);
            Require.atMost("carb_tolerance", carbToleranceG, org.ketoplan.common.Limits.MEAL_MACRO_G, "g");
        }
        return new Tolerances(ratioTolerance, kcalTolerancePct / 100, proteinBandPct / 100, carbToleranceG);
    }

    /** The smallest weighable amount, checked (null: 5 scale steps). */
    Double checkedMinAmount() {
        if (minAmountG != null) {
            Require.nonNegative("min_amount", minAmountG);
            Require.atMost("min_amount", minAmountG, org.ketoplan.common.Limits.GRAMS, "g");
        }
        return minAmountG;
    }
}
