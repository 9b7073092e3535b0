package org.ketoplan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.ketoplan.app.PrescriptionService;
import org.ketoplan.app.TargetRequest;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.prescription.Patient;
import picocli.CommandLine.Option;

/**
 * The target options {@code meal} and {@code formula} share: an energy and a ratio (and protein), or a patient
 * file's prescription on a day. Each command says which combinations it takes ({@code meal} adds the target by
 * grams of fat, protein and carbohydrate, and the meal of the patient file).
 */
public final class TargetOptions {
    @Option(names = "--kcal", paramLabel = "N", description = "Energy (of the meal; of the day for formula), with "
            + "--ratio.")
    Double kcal;

    @Option(names = "--ratio", paramLabel = "R", converter = RatioConverter.class,
            description = "Ratio, as 4 or 4:1 (0.5 to 6; with --kcal).")
    Double ratio;

    @Option(names = "--protein", paramLabel = "G",
            description = "Grams of protein. With --kcal/--ratio, default 1.5 g per 100 kcal (Nation 2014).")
    Double protein;

    @Option(names = "--patient", paramLabel = "FILE",
            description = "Take the target (and the child's weight, age and allergies) from this patient file's "
                    + "prescription.")
    Path patientFile;

    @Option(names = "--on", paramLabel = "DATE",
            description = "The day the prescription is for (sets the age; default today; with --patient).")
    LocalDate on;

    @Option(names = "--carbs", defaultValue = "net", paramLabel = "net|total", converter = CarbsConverter.class,
            description = "Count carbohydrate net (total - fibre, the default) or total (with --patient, the "
                    + "prescription's convention).")
    CarbConvention carbs;

    private Patient patient;

    /** True when a patient file gives the target. */
    boolean fromPatient() {
        return patientFile != null;
    }

    /** The patient of --patient, read once. */
    Patient patient() {
        if (patient == null && patientFile != null) {
            patient = new PrescriptionService().read(patientFile);
        }
        return patient;
    }

    /** The target by --kcal, --ratio and --protein (both checked as given by the command). */
    TargetRequest.ByEnergy byEnergy() {
        return new TargetRequest.ByEnergy(kcal, ratio, protein, carbs);
    }

    /** The meal {@code meal} of the patient file (null: the whole day). */
    TargetRequest.OfPatient ofPatient(String meal) {
        return new TargetRequest.OfPatient(patient(), on, meal);
    }
}
