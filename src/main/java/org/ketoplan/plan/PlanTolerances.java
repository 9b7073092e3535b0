package org.ketoplan.plan;

/**
 * The bands a plan's meals were composed within.
 *
 * @param ratio allowed distance of a meal's ratio from its target (e.g. 0.1)
 * @param kcalPct allowed distance of a meal's kcal from its target, in percent (e.g. 5)
 * @param step the scale's step in grams (1 or 0.1)
 */
public record PlanTolerances(double ratio, double kcalPct, double step) {
}
