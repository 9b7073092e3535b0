package org.ketoplan.plan;

/**
 * A meal or snack of the day and its targets.
 *
 * @param name the slot's name ("breakfast", "snack")
 * @param time the time of day as "HH:MM", or null
 * @param kind "meal", "snack" or "feed"
 * @param kcal energy target
 * @param ratio ratio target
 * @param fatG fat target
 * @param proteinG protein target
 * @param carbG carbohydrate target
 */
public record PlanSlot(String name, String time, MealKind kind, double kcal, double ratio, double fatG,
                       double proteinG, double carbG) {
    /** Rejects a missing name. */
    public PlanSlot {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("slot: missing field 'name'");
        }
        kind = kind == null ? MealKind.MEAL : kind;
    }
}
