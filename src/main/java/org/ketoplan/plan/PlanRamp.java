package org.ketoplan.plan;

import java.util.List;

/**
 * The initiation ramp a plan was made with: the ratios of its first days, each for {@code daysPerStep} days, then
 * the prescribed ratio.
 *
 * @param steps the ratios in order
 * @param daysPerStep days at each ratio
 */
public record PlanRamp(List<Double> steps, int daysPerStep) {
    /** Copies the list; rejects an empty ramp and a step of no days. */
    public PlanRamp {
        steps = steps == null ? List.of() : List.copyOf(steps);
        if (steps.isEmpty() || daysPerStep < 1) {
            throw new IllegalArgumentException("ramp: needs at least one step of at least one day");
        }
    }

    /** How many days the ramp lasts. */
    public int days() {
        return steps.size() * daysPerStep;
    }

    /** The ramp day of plan day {@code dayIndex} (0 = the plan's first day), or null once the ramp is over. */
    public RampDay on(int dayIndex) {
        if (dayIndex < 0 || dayIndex >= days()) {
            return null;
        }
        int step = dayIndex / daysPerStep;
        return new RampDay(step + 1, steps.size(), steps.get(step));
    }
}
