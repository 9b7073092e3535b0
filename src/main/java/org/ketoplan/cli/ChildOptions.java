package org.ketoplan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.PatientFile;
import org.ketoplan.safety.Child;
import org.ketoplan.safety.SafetyPolicy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The child's allergies and age when no patient file is given (meal, formula). */
public final class ChildOptions {
    @Option(names = "--allergy", paramLabel = "GROUP", description = "An allergen group never to use (repeatable; "
            + "without --patient): milk, egg, fish, crustaceans, molluscs, tree nuts, peanuts, soy, sesame, wheat, "
            + "gluten, celery, mustard, sulphites, lupin.")
    List<String> allergies = new ArrayList<>();

    @Option(names = "--age-months", paramLabel = "N", description = "The child's age in whole months (without "
            + "--patient), for the food-safety rules by age and the products' age indications.")
    Integer ageMonths;

    /**
     * The safety policy for the patient file {@code patientFile} on {@code on}, or, without one, for a child of
     * these options.
     */
    SafetyPolicy policy(CommandSpec spec, Path patientFile, LocalDate on, FoodDatabase db, SafetyOptions safety) {
        if (patientFile != null) {
            if (!allergies.isEmpty() || ageMonths != null) {
                throw new ParameterException(spec.commandLine(), (ageMonths != null ? "--age-months" : "--allergy")
                        + ": not with --patient (the patient file gives the age and allergies)");
            }
            Patient p = PatientFile.read(patientFile);
            return SafetyPolicy.of(Child.of(p, Targets.day(p, on)), db, safety.options());
        }
        if (ageMonths != null && (ageMonths < 0 || ageMonths > 1200)) {
            throw new ParameterException(spec.commandLine(), "--age-months: must be 0 to 1200, not " + ageMonths);
        }
        java.util.Set<org.ketoplan.food.Allergen> groups;
        try {
            groups = Child.allergies(allergies);
        } catch (org.ketoplan.common.BadInputException e) {
            throw new ParameterException(spec.commandLine(), "--allergy: "
                    + e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
        }
        return SafetyPolicy.of(new Child(ageMonths, null, groups, List.of(), List.of()), db, safety.options());
    }
}
