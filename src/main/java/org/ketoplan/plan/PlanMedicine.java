package org.ketoplan.plan;

import java.util.List;

/**
 * A medicine and its doses, for day sheets and reminders.
 *
 * @param name the medicine as the family knows it
 * @param carbMgPerDose carbohydrate per dose in mg
 * @param dosesPerDay doses per day
 * @param times dose times as "HH:MM"
 */
public record PlanMedicine(String name, double carbMgPerDose, int dosesPerDay, List<String> times) {
    /** Copies the times. */
    public PlanMedicine {
        times = times == null ? List.of() : List.copyOf(times);
    }
}
