package org.ketoplan.cli;

import org.ketoplan.common.FieldError;
import org.ketoplan.common.Limits;
import org.ketoplan.nutrition.Macros;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of option values that Picocli cannot express, each failing with the option's name. */
final class Options {
    private Options() {
    }

    /** Fails with "OPTION must not be negative" when {@code value} is below zero. */
    static double nonNegative(CommandSpec spec, String option, double value) {
        if (value < 0) {
            throw new ParameterException(spec.commandLine(), option + " must not be negative (" + value + ")");
        }
        return value;
    }

    /** Fails with "OPTION: V is more than MAX UNIT, the most ketoplan accepts" past the bound. */
    static double atMost(CommandSpec spec, String option, double value, double max, String unit) {
        try {
            return Limits.atMost(option, value, max, unit);
        } catch (FieldError e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Fails unless {@code value} is above zero. */
    static double positive(CommandSpec spec, String option, double value) {
        if (!(value > 0)) {
            throw new ParameterException(spec.commandLine(), option + " must be above zero (" + value + ")");
        }
        return value;
    }

    /**
     * A domain error about a field said in terms of the command's options: "kcal_low_pct: 120 % is above
     * kcal_high_pct (80 %)" becomes "--kcal-low: 120 % is above --kcal-high (80 %)".
     */
    static String named(FieldError e, java.util.Map<String, String> options) {
        String problem = e.problem();
        for (java.util.Map.Entry<String, String> o : options.entrySet()) {
            if (o.getKey().contains("_")) { // a field's name, never a word of the sentence ("to", "kcal")
                problem = problem.replaceAll("\\b" + java.util.regex.Pattern.quote(o.getKey()) + "\\b",
                        java.util.regex.Matcher.quoteReplacement(o.getValue()));
            }
        }
        return options.getOrDefault(e.field(), e.field()) + ": " + problem;
    }

    /**
     * A value type's rejection ("spasms: must be at least 1 (0)", or a {@link FieldError}) as bad input at the
     * option that gave the field ({@code --spasms: must be at least 1 (0)}).
     */
    static org.ketoplan.common.BadInputException asOption(IllegalArgumentException e,
                                                          java.util.Map<String, String> options) {
        if (e instanceof FieldError f) {
            return org.ketoplan.common.BadInputException.at(options.getOrDefault(f.field(), f.field()),
                    named(f, options).substring(options.getOrDefault(f.field(), f.field()).length() + 2));
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        int colon = m.indexOf(": ");
        if (colon > 0 && options.containsKey(m.substring(0, colon))) {
            return org.ketoplan.common.BadInputException.at(options.get(m.substring(0, colon)),
                    m.substring(colon + 2));
        }
        return new org.ketoplan.common.BadInputException(m);
    }

    /** Macros from options, each checked, with fibre not above carbohydrate. */
    static Macros macros(CommandSpec spec, double fat, double protein, double carb, double fibre) {
        nonNegative(spec, "--fat", fat);
        nonNegative(spec, "--protein", protein);
        nonNegative(spec, "--carb", carb);
        nonNegative(spec, "--fibre", fibre);
        atMost(spec, "--fat", fat, Limits.GRAMS, "g");
        atMost(spec, "--protein", protein, Limits.GRAMS, "g");
        atMost(spec, "--carb", carb, Limits.GRAMS, "g");
        if (fibre > carb) {
            throw new ParameterException(spec.commandLine(),
                    "--fibre (" + fibre + " g) is part of --carb (" + carb + " g) and cannot exceed it");
        }
        return new Macros(fat, protein, carb, fibre);
    }
}
