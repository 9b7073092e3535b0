package org.ketoplan.plan;

/**
 * A feed at the breast of an estimated volume, counted in the plan as that much breast milk.
 *
 * @param name its name ("breastfeed 05:00")
 * @param time "HH:MM", or null
 * @param ml the estimated volume
 */
public record PlanBreastfeed(String name, String time, double ml) {
    /** Rejects a missing name and a volume that is not positive. */
    public PlanBreastfeed {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("breastfeed: missing field 'name'");
        }
        org.ketoplan.nutrition.Checks.positive("breastfeed ml", ml);
    }
}
