package org.ketoplan.compose;

import org.ketoplan.nutrition.Checks;

/**
 * How far a composed meal may stray from its target and still count as right.
 *
 * <p>Defaults: ratio within +-0.1 of the target (issue 3; clinical.md notes one engine uses +-0.15); energy within
 * +-5 % of the target kcal (clinical.md, "Published tolerances": +-5 % kcal after rounding to 1 g); protein within
 * +-{@value #DEFAULT_PROTEIN_PCT} % of the meal's target (ketoplan's rule: every meal inside it keeps the day's
 * protein within 90-110 % of the prescription, which is what a dietitian checks the day against; since ratio and
 * energy fix protein + carbohydrate, the protein band also holds carbohydrate near its target).
 *
 * <p>The carbohydrate ceiling is the target carbohydrate plus {@code carbAboveG}, or when null plus the
 * carbohydrate in one scale step of the most carbohydrate-dense food the composer may vary: the smallest allowance a
 * scale that weighs in steps can honour.
 *
 * <p>Every band is judged on the values as ketoplan prints them ({@link MealBands}): a meal whose protein shows as
 * 6.2 g keeps a protein floor of 6.2 g even when it is 6.19 g unrounded.
 *
 * @param ratio the ratio may lie from target - ratio to target + ratio
 * @param energyFraction the kcal may lie within this fraction of the target (0.05 = +-5 %)
 * @param proteinFraction the protein may lie within this fraction of the target (0.10 = +-10 %)
 * @param carbAboveG grams of carbohydrate allowed above the target, or null for one step's worth
 */
public record Tolerances(double ratio, double energyFraction, double proteinFraction, Double carbAboveG) {
    /** The default protein band, +-percent of the meal's protein target. */
    public static final int DEFAULT_PROTEIN_PCT = 10;
    /** +-0.1 ratio, +-5 % kcal, +-10 % protein, carbohydrate ceiling one step's worth above the target. */
    public static final Tolerances DEFAULT = new Tolerances(0.1, 0.05, DEFAULT_PROTEIN_PCT / 100.0, null);

    /** Rejects negative or non-finite values and an energy or protein fraction of 1 or more. */
    public Tolerances {
        Checks.nonNegative("ratio tolerance", ratio);
        Checks.nonNegative("kcal tolerance", energyFraction);
        Checks.nonNegative("protein band", proteinFraction);
        if (energyFraction >= 1) {
            throw new IllegalArgumentException("kcal tolerance must be below 100 %");
        }
        if (proteinFraction >= 1) {
            throw new IllegalArgumentException("protein band must be below 100 %");
        }
        if (carbAboveG != null) {
            Checks.nonNegative("carbohydrate tolerance", carbAboveG);
        }
    }

    /** Ratio and energy tolerances with the default protein band and carbohydrate ceiling. */
    public static Tolerances of(double ratio, double energyFraction) {
        return new Tolerances(ratio, energyFraction, DEFAULT.proteinFraction, null);
    }

    /** These tolerances with another ratio tolerance. */
    public Tolerances withRatio(double r) {
        return new Tolerances(r, energyFraction, proteinFraction, carbAboveG);
    }

    /** These tolerances with another energy fraction. */
    public Tolerances withEnergyFraction(double e) {
        return new Tolerances(ratio, e, proteinFraction, carbAboveG);
    }

    /** These tolerances with another protein band (fraction of the target either side). */
    public Tolerances withProteinFraction(double f) {
        return new Tolerances(ratio, energyFraction, f, carbAboveG);
    }

    /** These tolerances with the carbohydrate ceiling {@code g} grams above the target. */
    public Tolerances withCarbAboveG(Double g) {
        return new Tolerances(ratio, energyFraction, proteinFraction, g);
    }
}
