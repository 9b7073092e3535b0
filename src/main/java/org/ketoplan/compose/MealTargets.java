package org.ketoplan.compose;

import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.prescription.MealTarget;

/** Targets from energy and ratio when the protein is not given, with the default's source. */
public final class MealTargets {
    /**
     * Protein when none is given: 1.5 g per 100 kcal. Source: shared/reference/clinical.md, "Protein": poor linear
     * growth at <= 1.4 g/100 kcal; 1.5 g protein / 100 kcal recommended (PubMed 24309243).
     */
    public static final double DEFAULT_PROTEIN_G_PER_100_KCAL = 1.5;

    private MealTargets() {
    }

    /**
     * The target at {@code kcal} and ratio {@code r} with {@code proteinG} of protein, or with
     * {@link #DEFAULT_PROTEIN_G_PER_100_KCAL} when {@code proteinG} is null.
     */
    public static MealTarget fromEnergy(String name, double kcal, double r, Double proteinG, CarbConvention carbs) {
        double protein = proteinG != null ? proteinG : defaultProteinG(kcal);
        return MealTarget.of(name, kcal, r, protein, carbs);
    }

    /** {@link #DEFAULT_PROTEIN_G_PER_100_KCAL} x kcal / 100. */
    public static double defaultProteinG(double kcal) {
        return DEFAULT_PROTEIN_G_PER_100_KCAL * kcal / 100;
    }
}
