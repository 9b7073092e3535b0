package org.ketoplan.app;

import java.time.LocalDate;
import java.util.Objects;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.prescription.Patient;

/**
 * What a meal (or a day of feeds) must meet, in one of three ways: an energy and a ratio (and protein), grams of
 * fat, protein and carbohydrate, or one meal of a patient's prescription on a day. The values are checked by the
 * service that uses them, each failure naming its field ("kcal", "ratio", "protein", "fat", "carb", "meal").
 */
public sealed interface TargetRequest {
    /** The carbohydrate convention of the target. */
    CarbConvention carbs();

    /**
     * Energy and ratio, with protein (null: 1.5 g per 100 kcal, Nation 2014).
     *
     * @param kcal the energy, kcal
     * @param ratio the ketogenic ratio (fat : protein + carbohydrate)
     * @param protein grams of protein, or null for the default
     * @param carbs net or total carbohydrate
     */
    record ByEnergy(double kcal, double ratio, Double protein, CarbConvention carbs) implements TargetRequest {
        /** Rejects a missing convention. */
        public ByEnergy {
            Objects.requireNonNull(carbs, "carbs");
        }
    }

    /**
     * Grams of fat, protein and carbohydrate.
     *
     * @param fat grams of fat
     * @param protein grams of protein
     * @param carb grams of carbohydrate (by {@code carbs})
     * @param carbs net or total carbohydrate
     */
    record ByMacros(double fat, double protein, double carb, CarbConvention carbs) implements TargetRequest {
        /** Rejects a missing convention. */
        public ByMacros {
            Objects.requireNonNull(carbs, "carbs");
        }
    }

    /**
     * One meal (or, with a null meal, the whole day) of the patient's prescription on {@code day}.
     *
     * @param patient the patient
     * @param day the day (sets the age), or null for today in the patient's time zone
     * @param meal the meal or snack's name, or null for the whole day
     */
    record OfPatient(Patient patient, LocalDate day, String meal) implements TargetRequest {
        /** Rejects a missing patient. */
        public OfPatient {
            Objects.requireNonNull(patient, "patient");
        }

        @Override
        public CarbConvention carbs() {
            return null; // the prescription's
        }
    }
}
