package org.ketoplan.cli;

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

    /** Fails unless {@code value} is above zero. */
    static double positive(CommandSpec spec, String option, double value) {
        if (!(value > 0)) {
            throw new ParameterException(spec.commandLine(), option + " must be above zero (" + value + ")");
        }
        return value;
    }

    /** Macros from options, each checked, with fibre not above carbohydrate. */
    static Macros macros(CommandSpec spec, double fat, double protein, double carb, double fibre) {
        nonNegative(spec, "--fat", fat);
        nonNegative(spec, "--protein", protein);
        nonNegative(spec, "--carb", carb);
        nonNegative(spec, "--fibre", fibre);
        if (fibre > carb) {
            throw new ParameterException(spec.commandLine(),
                    "--fibre (" + fibre + " g) is part of --carb (" + carb + " g) and cannot exceed it");
        }
        return new Macros(fat, protein, carb, fibre);
    }
}
