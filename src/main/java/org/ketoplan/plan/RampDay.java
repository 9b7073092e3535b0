package org.ketoplan.plan;

import org.ketoplan.nutrition.Ratio;

/**
 * A day of the initiation ramp: which step it is and the ratio of its meals (energy and protein as prescribed).
 *
 * @param step the step, from 1
 * @param steps how many steps the ramp has
 * @param ratio the ratio of the step's meals
 */
public record RampDay(int step, int steps, double ratio) {
    /** Rejects a step outside 1 to {@code steps} and a ratio that is not positive. */
    public RampDay {
        if (steps < 1 || step < 1 || step > steps) {
            throw new IllegalArgumentException("ramp: step " + step + " of " + steps + " is not a step of the ramp");
        }
        org.ketoplan.nutrition.Checks.positive("ramp ratio", ratio);
    }

    /** The label every output shows: "initiation step 1 of 3: 1:1". */
    public String label() {
        return "initiation step " + step + " of " + steps + ": " + Ratio.format(ratio);
    }
}
