package org.ketoplan.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ketoplan.prescription.Patient;
import org.ketoplan.safety.SafetyPolicy;

/**
 * The child a meal or a feed is for, whose safety rules apply (allergies, foods unsafe for the age, products
 * outside their age indication): a patient on a day, or a child described by an age and allergen groups (either
 * may be unknown).
 */
public sealed interface ChildRequest {
    /** The deliberate exceptions asked for (an implausible weight accepted, products allowed outside their age). */
    SafetyPolicy.Options options();

    /**
     * A patient on a day.
     *
     * @param patient the patient
     * @param day the day (sets the age), or null for today in the patient's time zone
     * @param options the deliberate exceptions
     */
    record OfPatient(Patient patient, LocalDate day, SafetyPolicy.Options options) implements ChildRequest {
        /** Rejects a missing patient or options. */
        public OfPatient {
            Objects.requireNonNull(patient, "patient");
            Objects.requireNonNull(options, "options");
        }
    }

    /**
     * A child described by an age (null: unknown) and allergen groups ("milk", "egg", ...).
     *
     * @param ageMonths the age in whole months, or null
     * @param allergies allergen groups never to use
     * @param options the deliberate exceptions
     */
    record Described(Integer ageMonths, List<String> allergies, SafetyPolicy.Options options)
            implements ChildRequest {
        /** Copies the list; rejects missing options. */
        public Described {
            allergies = List.copyOf(allergies);
            Objects.requireNonNull(options, "options");
        }
    }

    /** No child named: no age, no allergies, no exceptions. */
    ChildRequest NONE = new Described(null, List.of(), SafetyPolicy.Options.NONE);
}
