package org.ketoplan.cli;

import org.ketoplan.app.ComposeSettings;
import org.ketoplan.compose.Tolerances;
import picocli.CommandLine.Option;


/** The shared options of {@code meal}, {@code formula} and {@code recipe fit}: the scale's step and the tolerances. */
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

    /** The settings of these options, with the caps on one food and on the meal (null: the child's). */
    ComposeSettings settings(Double maxFood, Double maxMeal) {
        return new ComposeSettings(step, ratioTolerance, kcalTolerance, proteinBand, carbTolerance, minAmount,
                maxFood, maxMeal);
    }
}
