package org.ketoplan.plan;

import java.time.LocalDate;

/**
 * The child a plan is for, as it was when the plan was made.
 *
 * @param name the child's name as the family wants it printed
 * @param born date of birth, or null when only the age is known
 * @param ageMonths age in months on the plan's first day
 * @param weightKg weight in kg
 * @param timeZone IANA time zone for reminders (e.g. "Europe/London"), or null for the system's
 * @param excludeFoods foods never to be used (allergies, dislikes), as the patient file names them: ids, or words
 *     matched against food names ({@link Exclusions})
 */
public record PlanPatient(String name, LocalDate born, double ageMonths, double weightKg, String timeZone,
                          java.util.List<String> excludeFoods) {
    /** Rejects a missing name and impossible age or weight. */
    public PlanPatient {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("patient: missing field 'name'");
        }
        org.ketoplan.nutrition.Checks.nonNegative("age_months", ageMonths);
        org.ketoplan.nutrition.Checks.positive("weight_kg", weightKg);
        excludeFoods = excludeFoods == null ? java.util.List.of() : java.util.List.copyOf(excludeFoods);
    }
}
