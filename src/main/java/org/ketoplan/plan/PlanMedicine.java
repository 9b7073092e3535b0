package org.ketoplan.plan;

import java.util.List;

/**
 * A medicine and its doses, for day sheets and reminders.
 *
 * @param name the medicine as the family knows it
 * @param carbMgPerDose carbohydrate per dose in mg
 * @param dosesPerDay doses per day
 * @param times dose times as "HH:MM"
 * @param supplement true for a vitamin or mineral supplement, null (plans made before) or false for a medicine
 */
public record PlanMedicine(String name, double carbMgPerDose, int dosesPerDay, List<String> times,
                           @com.fasterxml.jackson.annotation.JsonInclude(
                                   com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Boolean supplement) {
    /** Copies the times; a plan without the field has medicines only. */
    public PlanMedicine {
        times = times == null ? List.of() : List.copyOf(times);
        supplement = Boolean.TRUE.equals(supplement) ? Boolean.TRUE : null;
    }

    /** A medicine. */
    public PlanMedicine(String name, double carbMgPerDose, int dosesPerDay, List<String> times) {
        this(name, carbMgPerDose, dosesPerDay, times, null);
    }

    /** True for a supplement. */
    public boolean isSupplement() {
        return Boolean.TRUE.equals(supplement);
    }
}
