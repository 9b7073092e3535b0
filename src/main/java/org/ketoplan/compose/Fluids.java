package org.ketoplan.compose;

import org.ketoplan.prescription.Fluid;

/** The formula feed's limits (energy density, feed size) with their sources, and maintenance fluid. */
public final class Fluids {
    /**
     * The default largest feed per kg of body weight before ketoplan warns: 30 ml/kg. A rule of thumb, not a
     * verified limit: bottle-fed infants take about 150 ml/kg/day (dontforgetthebubbles.com, "How much do babies
     * feed?"), which over 5 feeds a day is 30 ml/kg a feed. Not in clinical.md; every use can override it.
     */
    public static final double DEFAULT_MAX_FEED_ML_PER_KG = 30;
    /** Above this energy density ketoplan warns: 1 kcal/ml (issue 3's limit for a feed). */
    public static final double MAX_KCAL_PER_ML = 1.0;

    private Fluids() {
    }

    /**
     * Holliday-Segar maintenance fluid per day (the prescription's {@link Fluid}): 100 ml/kg for the first 10 kg, 50 ml/kg for the next 10 kg,
     * 20 ml/kg above 20 kg (clinical.md, "Other conventions seen in practice"). 7.8 kg -> 780 ml; 15 kg -> 1250 ml.
     */
    public static double hollidaySegarMl(double weightKg) {
        return Fluid.hollidaySegarMl(weightKg);
    }
}
