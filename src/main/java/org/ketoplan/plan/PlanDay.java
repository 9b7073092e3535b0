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
 * @param ramp the initiation ramp's step on this day, or null (after the ramp, or without one)
 * @param feedBatch the day's milk feeds as they are made up, once for the day (day amounts, the water, the volume),
 *     or null when the day has no made-up feeds; each feed in {@code meals} is its share of this batch
 */
public record PlanDay(LocalDate date, List<PlannedMeal> meals, PlanTotals totals, DayChecks checks, RampDay ramp,
                      PlannedMeal feedBatch) {
    /** Rejects a missing date; copies the meals. */
    public PlanDay {
        if (date == null) {
            throw new IllegalArgumentException("day: missing field 'date'");
        }
        meals = meals == null ? List.of() : List.copyOf(meals);
    }

    /** A day outside the initiation ramp, without made-up feeds. */
    public PlanDay(LocalDate date, List<PlannedMeal> meals, PlanTotals totals, DayChecks checks) {
        this(date, meals, totals, checks, null, null);
    }

    /** The meal in slot {@code name} (case-insensitive). */
    public java.util.Optional<PlannedMeal> meal(String name) {
        return meals.stream().filter(m -> m.slot().equalsIgnoreCase(name)).findFirst();
    }
}
