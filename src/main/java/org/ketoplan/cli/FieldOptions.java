package org.ketoplan.cli;

import java.util.Map;
import org.ketoplan.app.InvalidRequest;
import org.ketoplan.common.BadInputException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The option that gives each field of an application request, so that a service's {@link InvalidRequest} ("kcal
 * must be above zero") reads as the user typed it ("--kcal must be above zero"): the field's name with dashes
 * ({@code max_food} is {@code --max-food}) when the command has that option, else one of the few irregular names
 * below, else the field's name.
 */
final class FieldOptions {
    /** Fields whose option is not the field's name with dashes (a repeatable option is singular). */
    private static final Map<String, String> IRREGULAR = Map.of("modules", "--module",
            "allergies", "--allergy");

    private FieldOptions() {
    }

    /** The field's option by the regular rule, {@code max_feed_ml_per_kg} as {@code --max-feed-ml-per-kg}. */
    static String dashed(String field) {
        return "--" + field.replace('_', '-');
    }

    /** The option of {@code spec} for {@code field}, or the field's name when the command has none. */
    static String option(CommandSpec spec, String field) {
        String dashed = dashed(field);
        if (spec.findOption(dashed) != null) {
            return dashed;
        }
        String irregular = IRREGULAR.get(field);
        if (irregular != null && spec.findOption(irregular) != null) {
            return irregular;
        }
        return field;
    }

    /** {@code e}'s message with each field written as the option of {@code spec}. */
    static String message(CommandSpec spec, BadInputException e) {
        return e.render(f -> option(spec, f));
    }
}
