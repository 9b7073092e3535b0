package org.ketoplan.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of a plan.
 *
 * @param date the date
 * @param meals the meals and snacks, in time order
 * @param totals the day's totals
 * @param checks the day's checks against the prescription and reference intakes
 */
public record PlanDay(LocalDate date, List<PlannedMeal> meals, PlanTotals totals, DayChecks checks) {
    /** Rejects a missing date; copies the meals. */
    public PlanDay {
        if (date == null) {
            throw new IllegalArgumentException("day: missing field 'date'");
        }
        meals = meals == null ? List.of() : List.copyOf(meals);
    }

    /** The meal in slot {@code name} (case-insensitive). */
    public java.util.Optional<PlannedMeal> meal(String name) {
        return meals.stream().filter(m -> m.slot().equalsIgnoreCase(name)).findFirst();
    }
}
