package org.ketoplan.cli;

import java.util.ArrayList;
import java.util.List;
import org.ketoplan.app.ChildRequest;
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

    /** The child of the patient file of {@code target}, or, without one, the child these options describe. */
    ChildRequest request(CommandSpec spec, TargetOptions target, SafetyOptions safety) {
        if (target.fromPatient()) {
            if (!allergies.isEmpty() || ageMonths != null) {
                throw new ParameterException(spec.commandLine(), (ageMonths != null ? "--age-months" : "--allergy")
                        + ": not with --patient (the patient file gives the age and allergies)");
            }
            return new ChildRequest.OfPatient(target.patient(), target.on, safety.options());
        }
        return new ChildRequest.Described(ageMonths, allergies, safety.options());
    }
}
