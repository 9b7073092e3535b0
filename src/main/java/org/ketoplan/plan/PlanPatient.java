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
 * @param excludeFoods foods the family leaves out, as the patient file names them: ids, or words matched against
 *     food names ({@link org.ketoplan.safety.Exclusions})
 * @param allergies the allergen groups never given ("milk", "egg"; absent in older files: none)
 * @param allow the exceptions recorded in the patient file (absent in older files: none)
 */
public record PlanPatient(String name, LocalDate born, double ageMonths, double weightKg, String timeZone,
                          java.util.List<String> excludeFoods, java.util.List<String> allergies,
                          java.util.List<org.ketoplan.prescription.Allowance> allow) {
    /** Rejects a missing name and impossible age or weight. */
    public PlanPatient {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("patient: missing field 'name'");
        }
        org.ketoplan.nutrition.Checks.nonNegative("age_months", ageMonths);
        org.ketoplan.nutrition.Checks.positive("weight_kg", weightKg);
        excludeFoods = excludeFoods == null ? java.util.List.of() : java.util.List.copyOf(excludeFoods);
        allergies = allergies == null ? java.util.List.of() : java.util.List.copyOf(allergies);
        allow = allow == null ? java.util.List.of() : java.util.List.copyOf(allow);
    }

    /** A patient without allergies or exceptions. */
    public PlanPatient(String name, LocalDate born, double ageMonths, double weightKg, String timeZone,
                       java.util.List<String> excludeFoods) {
        this(name, born, ageMonths, weightKg, timeZone, excludeFoods, null, null);
    }
}
