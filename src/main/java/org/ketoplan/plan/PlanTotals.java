package org.ketoplan.plan;

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
}
