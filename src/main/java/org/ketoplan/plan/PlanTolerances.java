package org.ketoplan.plan;

import org.ketoplan.common.FieldError;

/**
 * The bands a plan's meals were composed within.
 *
 * @param ratio allowed distance of a meal's ratio from its target (e.g. 0.1)
 * @param kcalPct allowed distance of a meal's kcal from its target, in percent (e.g. 5)
 * @param step the scale's step in grams (1 or 0.1)
 */
public record PlanTolerances(double ratio, double kcalPct, double step) {
    /**
     * Rejects a value that is negative, not a number or infinite, and a step that is not above zero, naming the field
     * as plan.json spells it (the bounds a plan's tolerances keep are {@link PlanValidation}'s, with their lines).
     */
    public PlanTolerances {
        PlanTotals.amount("ratio", ratio);
        PlanTotals.amount("kcal_pct", kcalPct);
        PlanTotals.amount("step", step);
        if (step == 0) {
            throw new FieldError("step", "0 is not a scale step");
        }
    }
}
