package org.ketoplan.cli;

import org.ketoplan.common.Limits;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.nutrition.Ratio;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The shared options of {@code meal} and {@code formula}: the scale's step and the tolerances. */
final class ComposeOptions {
    @Option(names = "--step", defaultValue = "1", paramLabel = "1|0.1",
            description = "The scale's step in grams (or ml), default 1.")
    double step;

    @Option(names = "--ratio-tolerance", defaultValue = "0.1", paramLabel = "R",
            description = "Allowed distance from the ratio (default 0.1).")
    double ratioTolerance;

    @Option(names = "--kcal-tolerance", defaultValue = "5", paramLabel = "PCT",
            description = "Allowed distance from the kcal, in percent (default 5).")
    double kcalTolerance;

    @Option(names = "--protein-band", defaultValue = "" + Tolerances.DEFAULT_PROTEIN_PCT, paramLabel = "PCT",
            description = "Protein within this percent of its target, either side (default "
                    + Tolerances.DEFAULT_PROTEIN_PCT + ": meals inside it keep the day within 90-110 %%).")
    double proteinBand;

    @Option(names = "--carb-tolerance", paramLabel = "G",
            description = "Grams of carbohydrate allowed above the target (default: one step of the most "
                    + "carbohydrate-dense food the composer varies).")
    Double carbTolerance;

    @Option(names = "--min-amount", paramLabel = "G",
            description = "The smallest amount of a counted food to weigh (default 5 scale steps: 5 g at 1 g, "
                    + "weighed to within 10 %%); a food that would be less is left out or raised to it.")
    Double minAmount;

    /** The step, 1 or 0.1. */
    double step(CommandSpec spec) {
        if (step != 1 && step != 0.1) {
            throw new ParameterException(spec.commandLine(), "--step: must be 1 or 0.1 (grams), not "
                    + Ratio.plain(step));
        }
        return step;
    }

    /** The tolerances, each checked. */
    Tolerances tolerances(CommandSpec spec) {
        Options.nonNegative(spec, "--ratio-tolerance", ratioTolerance);
        Options.atMost(spec, "--ratio-tolerance", ratioTolerance, 1, "");
        Options.nonNegative(spec, "--kcal-tolerance", kcalTolerance);
        if (kcalTolerance >= 100) {
            throw new ParameterException(spec.commandLine(), "--kcal-tolerance: must be below 100 (percent)");
        }
        Options.nonNegative(spec, "--protein-band", proteinBand);
        if (proteinBand >= 100) {
            throw new ParameterException(spec.commandLine(), "--protein-band: must be below 100 (percent)");
        }
        if (carbTolerance != null) {
            Options.nonNegative(spec, "--carb-tolerance", carbTolerance);
            Options.atMost(spec, "--carb-tolerance", carbTolerance, Limits.MEAL_MACRO_G, "g");
        }
        return new Tolerances(ratioTolerance, kcalTolerance / 100, proteinBand / 100, carbTolerance);
    }

    /** The smallest weighable amount given, or null for the default (5 scale steps). */
    Double minAmount(CommandSpec spec) {
        if (minAmount != null) {
            Options.nonNegative(spec, "--min-amount", minAmount);
            Options.atMost(spec, "--min-amount", minAmount, Limits.GRAMS, "g");
        }
        return minAmount;
    }
}
