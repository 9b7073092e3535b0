package org.ketoplan.prescription;

import org.ketoplan.nutrition.Numbers;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The child the diet is planned for, as in the patient file: name, age (date of birth or months), weight, the
 * prescription, medicines with carbohydrate, foods to leave out, and an optional time zone for "today".
 *
 * @param name the child's name (may be empty)
 * @param born the date of birth, or null when {@code ageMonths} is given
 * @param ageMonths the age in whole months, or null when {@code born} is given
 * @param weightKg body weight, kg
 * @param prescription the prescribed settings (never null)
 * @param medicines medicines with carbohydrate
 * @param excludeFoods foods to leave out (dislikes), by id or name
 * @param timeZone the zone "today" is taken in, or null for the computer's
 * @param allergies the allergen groups never to be given ("milk", "egg", ...; see
 *     {@code org.ketoplan.food.Allergen})
 * @param allow deliberate exceptions to the food-safety rules and products' age indications
 */
public record Patient(String name,
                      LocalDate born,
                      @JsonDeserialize(using = Fields.WholeNumber.class) Integer ageMonths,
                      @JsonDeserialize(using = Fields.Positive.class) Double weightKg,
                      PrescriptionSettings prescription,
                      List<Medicine> medicines,
                      List<String> excludeFoods,
                      ZoneId timeZone,
                      List<String> allergies,
                      List<Allowance> allow) {
    /** The heaviest weight accepted, kg: a guard against grams typed as kilograms. */
    public static final double MAX_WEIGHT_KG = 250;

    /** Requires the weight and exactly one of born and age_months; fills empty lists. */
    public Patient {
        name = name == null ? "" : name.trim();
        if (weightKg == null) {
            throw new FieldProblem("weight_kg", "missing (the child's weight in kg)");
        }
        if (!(weightKg > 0)) {
            throw new FieldProblem("weight_kg", "must be above zero (" + Numbers.plain(weightKg) + ")");
        }
        if (weightKg > MAX_WEIGHT_KG) {
            throw new FieldProblem("weight_kg", Numbers.plain(weightKg) + " is not a weight in kg "
                    + "(more than " + Numbers.plain(MAX_WEIGHT_KG) + ")");
        }
        if (born == null && ageMonths == null) {
            throw new FieldProblem("born", "missing (give born: YYYY-MM-DD or age_months)");
        }
        if (born != null && ageMonths != null) {
            throw new FieldProblem("age_months", "give born or age_months, not both");
        }
        if (ageMonths != null && (ageMonths < 0 || ageMonths > 1200)) {
            throw new FieldProblem("age_months", "must be 0 to 1200, not " + ageMonths);
        }
        prescription = prescription == null ? PrescriptionSettings.NONE : prescription;
        medicines = medicines == null ? List.of() : List.copyOf(medicines);
        excludeFoods = excludeFoods == null ? List.of() : List.copyOf(excludeFoods);
        allergies = allergies == null ? List.of() : List.copyOf(allergies);
        allow = allow == null ? List.of() : List.copyOf(allow);
    }

    /** A patient without allergies or exceptions. */
    public Patient(String name, LocalDate born, Integer ageMonths, Double weightKg, PrescriptionSettings prescription,
                   List<Medicine> medicines, List<String> excludeFoods, ZoneId timeZone) {
        this(name, born, ageMonths, weightKg, prescription, medicines, excludeFoods, timeZone, List.of(), List.of());
    }

    /** Age in whole months on {@code on}: from the date of birth, or the months given. */
    public int ageMonthsOn(LocalDate on) {
        return born != null ? Age.monthsOn(born, on) : ageMonths;
    }

    /** Today in the patient's time zone (or the clock's when none is set). */
    public LocalDate today(Clock clock) {
        return LocalDate.now(timeZone == null ? clock : clock.withZone(timeZone));
    }

    /** This patient with {@code settings} as the whole prescription (an initiation step, say). */
    public Patient withPrescription(PrescriptionSettings settings) {
        return new Patient(name, born, ageMonths, weightKg, settings, medicines, excludeFoods, timeZone);
    }

    /**
     * This patient with the given values in place of the file's (null or empty: keep the file's): weight, age
     * (born or months, replacing both), prescription settings ({@link PrescriptionSettings#overriddenBy}),
     * medicines (replacing the list).
     */
    public Patient overriddenBy(Double weight, LocalDate bornDate, Integer months, PrescriptionSettings settings,
                                List<Medicine> meds) {
        boolean ageGiven = bornDate != null || months != null;
        return new Patient(name, ageGiven ? bornDate : born, ageGiven ? months : ageMonths,
                weight != null ? weight : weightKg,
                settings == null ? prescription : prescription.overriddenBy(settings),
                meds == null || meds.isEmpty() ? medicines : meds, excludeFoods, timeZone, allergies, allow);
    }
}
