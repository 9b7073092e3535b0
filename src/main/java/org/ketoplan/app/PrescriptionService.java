package org.ketoplan.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.plan.ExamplePatient;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.Medicine;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.PatientFile;
import org.ketoplan.prescription.Prescriber;
import org.ketoplan.prescription.PrescriptionSettings;
import org.ketoplan.safety.Child;
import org.ketoplan.safety.SafetyPolicy;
import org.ketoplan.safety.Sources;

import static org.ketoplan.common.BadInputException.ref;

/**
 * Prescriptions: the patient from a file or from values, the day's and each meal's targets with the source of every
 * default, and an initiation ramp's steps.
 */
public final class PrescriptionService {
    /** A service; prescriptions need no food database. */
    public PrescriptionService() {
    }

    /**
     * A patient's details as given, each optional; with a patient file they replace the file's values.
     *
     * @param weightKg body weight, kg (field "weight")
     * @param ageMonths age in whole months (field "age_months")
     * @param born date of birth (field "born")
     * @param settings the prescription's settings (kcal, ratio, protein, meals, ...), or null
     * @param medicines medicines with their carbohydrate
     */
    public record PatientDetails(Double weightKg, Integer ageMonths, LocalDate born, PrescriptionSettings settings,
                                 List<Medicine> medicines) {
        /** Copies the list. */
        public PatientDetails {
            medicines = List.copyOf(medicines);
        }
    }

    /**
     * A prescription and what the safety rules say about the patient (an implausible weight accepted).
     *
     * @param prescription the day's and each meal's targets
     * @param safetyNotes the plausibility warnings
     */
    public record Prescribed(DailyPrescription prescription, List<String> safetyNotes) {
        /** Copies the list. */
        public Prescribed {
            Objects.requireNonNull(prescription, "prescription");
            safetyNotes = List.copyOf(safetyNotes);
        }
    }

    /** The patient of a patient file (YAML). */
    public Patient read(Path file) {
        return PatientFile.read(file);
    }

    /** The patient of a patient file's content, {@code name} naming it in messages. */
    public Patient read(String name, byte[] content) {
        return PatientFile.read(name, content);
    }

    /**
     * The commented template of a new patient file (an 8-month-old born 8 months before {@code today}); its second
     * comment line says how to check the file in the front end's words ({@code checkWith}), or is left out when null.
     */
    public String patientTemplate(LocalDate today, String checkWith) {
        return PatientFile.template(today, checkWith);
    }

    /** Writes {@link #patientTemplate} to {@code out}, atomically; an existing file only with {@code force}. */
    public void writePatientTemplate(Path out, LocalDate today, String checkWith, boolean force) {
        AtomicFiles.writeString(out, force, patientTemplate(today, checkWith));
    }

    /** Every default and safety rule ketoplan applies, each with its source and how well that source was read. */
    public List<Sources.Entry> sources() {
        return Sources.all();
    }

    /** The bundled example infant (9 months, 8 kg, 4:1). */
    public Patient example() {
        return ExamplePatient.read();
    }

    /** {@code base} (a patient file's, or null) with {@code details} given over it; checks each detail. */
    public Patient patient(Patient base, PatientDetails details) {
        if (details.weightKg() != null) {
            Require.positive("weight", details.weightKg());
        }
        if (details.ageMonths() != null && details.ageMonths() < 0) {
            throw InvalidRequest.phrased("age_months", details.ageMonths(), ref("age_months"),
                    " must not be negative (" + details.ageMonths() + ")");
        }
        if (details.born() != null && details.ageMonths() != null) {
            throw InvalidRequest.phrased("born", details.born(), ref("born"), " and ", ref("age_months"),
                    ": give one of them");
        }
        if (base != null) {
            return base.overriddenBy(details.weightKg(), details.born(), details.ageMonths(), details.settings(),
                    details.medicines());
        }
        if (details.weightKg() == null) {
            throw InvalidRequest.phrased("weight", null, ref("weight"), ": missing (or give ", ref("patient"),
                    " FILE)");
        }
        if (details.born() == null && details.ageMonths() == null) {
            throw InvalidRequest.phrased("age_months", null, ref("age_months"), " or ", ref("born"),
                    ": missing (or give ", ref("patient"), " FILE)");
        }
        try {
            return new Patient("", details.born(), details.ageMonths(), details.weightKg(), details.settings(),
                    details.medicines(), List.of(), null);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.of("weight", details.weightKg(), e.getMessage());
        }
    }

    /** The prescription of {@code patient} on {@code day} (null: today in the patient's time zone). */
    public Prescribed prescribe(Patient patient, LocalDate day, boolean acceptWeight) {
        LocalDate on = Targets.day(patient, day);
        List<String> notes = SafetyPolicy.plausibility(Child.of(patient, on), acceptWeight);
        return new Prescribed(Prescriber.prescribe(patient, on), notes);
    }

    /** One day's targets per initiation step: {@code ratios} in turn, for {@code patient} on {@code day}. */
    public List<DailyPrescription> ramp(Patient patient, LocalDate day, List<Double> ratios, boolean acceptWeight) {
        LocalDate on = Targets.day(patient, day);
        SafetyPolicy.plausibility(Child.of(patient, on), acceptWeight);
        return Prescriber.ramp(patient, on, ratios);
    }
}
