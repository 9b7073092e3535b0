package org.ketoplan.plan;

import org.ketoplan.common.FieldError;

/**
 * Energy and macronutrients of a meal or day (or its target), with the ratio.
 *
 * @param kcal energy (9/4/4)
 * @param fatG fat
 * @param proteinG protein
 * @param carbG carbohydrate by the plan's convention
 * @param ratio fat : (protein + carbohydrate)
 */
public record PlanTotals(double kcal, double fatG, double proteinG, double carbG, double ratio) {
    /** Rejects a value that is negative, not a number or infinite, naming its field as plan.json spells it. */
    public PlanTotals {
        amount("kcal", kcal);
        amount("fat_g", fatG);
        amount("protein_g", proteinG);
        amount("carb_g", carbG);
        amount("ratio", ratio);
    }

    static void amount(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new FieldError(field, v + " is not an amount (it must be a number from 0 up)");
        }
    }
}
