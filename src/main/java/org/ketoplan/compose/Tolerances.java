package org.ketoplan.compose;

import org.ketoplan.nutrition.Checks;

/**
 * How far a composed meal may stray from its target and still count as right.
 *
 * <p>Defaults: ratio within +-0.1 of the target (issue 3; clinical.md notes one engine uses +-0.15); energy within
 * +-5 % of the target kcal (clinical.md, "Published tolerances": +-5 % kcal after rounding to 1 g).
 *
 * <p>The protein floor is the target protein minus {@code proteinBelowG}; when that is null, minus <em>one step's
 * worth</em>: the protein in one scale step (1 g or 0.1 g) of the most protein-dense food the composer may vary
 * (not fixed, counted). Likewise the carbohydrate ceiling is the target carbohydrate plus {@code carbAboveG}, or
 * when null plus the carbohydrate in one step of the most carbohydrate-dense food it may vary. These are the
 * smallest allowances a scale that weighs in steps can honour.
 *
 * @param ratio the ratio may lie from target - ratio to target + ratio
 * @param energyFraction the kcal may lie within this fraction of the target (0.05 = +-5 %)
 * @param proteinBelowG grams of protein allowed below the target, or null for one step's worth
 * @param carbAboveG grams of carbohydrate allowed above the target, or null for one step's worth
 */
public record Tolerances(double ratio, double energyFraction, Double proteinBelowG, Double carbAboveG) {
    /** +-0.1 ratio, +-5 % kcal, protein floor and carbohydrate ceiling one step's worth from the target. */
    public static final Tolerances DEFAULT = new Tolerances(0.1, 0.05, null, null);

    /** Rejects negative or non-finite values and an energy fraction of 1 or more. */
    public Tolerances {
        Checks.nonNegative("ratio tolerance", ratio);
        Checks.nonNegative("kcal tolerance", energyFraction);
        if (energyFraction >= 1) {
            throw new IllegalArgumentException("kcal tolerance must be below 100 %");
        }
        if (proteinBelowG != null) {
            Checks.nonNegative("protein tolerance", proteinBelowG);
        }
        if (carbAboveG != null) {
            Checks.nonNegative("carbohydrate tolerance", carbAboveG);
        }
    }

    /** These tolerances with another ratio tolerance. */
    public Tolerances withRatio(double r) {
        return new Tolerances(r, energyFraction, proteinBelowG, carbAboveG);
    }

    /** These tolerances with another energy fraction. */
    public Tolerances withEnergyFraction(double e) {
        return new Tolerances(ratio, e, proteinBelowG, carbAboveG);
    }

    /** These tolerances with the protein floor {@code g} grams below the target. */
    public Tolerances withProteinBelowG(Double g) {
        return new Tolerances(ratio, energyFraction, g, carbAboveG);
    }

    /** These tolerances with the carbohydrate ceiling {@code g} grams above the target. */
    public Tolerances withCarbAboveG(Double g) {
        return new Tolerances(ratio, energyFraction, proteinBelowG, g);
    }
}
