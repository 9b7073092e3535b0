package org.ketoplan.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.ketoplan.compose.MealTargets;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.PatientFile;
import org.ketoplan.prescription.Prescriber;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Targets from the options the composing commands share: a patient file on a day, or kcal, ratio and protein. */
final class Targets {
    private Targets() {
    }

    /** {@code on}, or today in the patient's time zone (the computer's when the file names none). */
    static LocalDate day(Patient patient, LocalDate on) {
        return on != null ? on : patient.today(Clock.systemDefaultZone());
    }

    /** The prescription of the patient file {@code file} for {@code on} (default today). */
    static DailyPrescription prescription(Path file, LocalDate on) {
        Patient patient = PatientFile.read(file);
        return Prescriber.prescribe(patient, day(patient, on));
    }

    /**
     * The target {@code name} from {@code --kcal}, {@code --ratio} ("4" or "4:1") and {@code --protein} (default
     * 1.5 g per 100 kcal, see {@link MealTargets}); each bad value is a usage error naming its option.
     */
    static MealTarget byEnergy(CommandSpec spec, String name, double kcal, String ratio, Double protein,
                               CarbConvention carbs) {
        Options.positive(spec, "--kcal", kcal);
        double r;
        try {
            r = Ratio.parse(ratio);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--ratio: " + e.getMessage());
        }
        if (protein != null) {
            Options.nonNegative(spec, "--protein", protein);
        }
        try {
            return MealTargets.fromEnergy(name, kcal, r, protein, carbs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--protein: " + e.getMessage());
        }
    }
}
