package org.ketoplan.nutrition;

/**
 * Fat, protein, carbohydrate (total) and fibre, in grams, of a portion or a day.
 *
 * <p>Derived values take the carbohydrate convention: {@link #carbohydrate}, {@link #kcal}, {@link #ratio}.
 *
 * @param fatG grams of fat
 * @param proteinG grams of protein
 * @param carbohydrateG grams of total carbohydrate (fibre included)
 * @param fibreG grams of dietary fibre
 */
public record Macros(double fatG, double proteinG, double carbohydrateG, double fibreG) {
    /** No food at all. */
    public static final Macros ZERO = new Macros(0, 0, 0, 0);

    /** Rejects negative and non-finite grams. */
    public Macros {
        Checks.nonNegative("fat_g", fatG);
        Checks.nonNegative("protein_g", proteinG);
        Checks.nonNegative("carbohydrate_g", carbohydrateG);
        Checks.nonNegative("fibre_g", fibreG);
    }

    /** Total minus fibre, never below zero. */
    public double netCarbohydrateG() {
        return Math.max(0.0, carbohydrateG - fibreG);
    }

    /** Carbohydrate counted by {@code convention}. */
    public double carbohydrate(CarbConvention convention) {
        return convention == CarbConvention.NET ? netCarbohydrateG() : carbohydrateG;
    }

    /** Energy by 9/4/4 factors with carbohydrate counted by {@code convention} (see {@link Energy}). */
    public double kcal(CarbConvention convention) {
        return Energy.kcal(fatG, proteinG, carbohydrate(convention));
    }

    /** The classic ketogenic ratio with carbohydrate counted by {@code convention}. */
    public double ratio(CarbConvention convention) {
        return Ratio.classic(fatG, proteinG, carbohydrate(convention));
    }

    /** The Woodyatt ratio with carbohydrate counted by {@code convention}. */
    public double woodyatt(CarbConvention convention) {
        return Ratio.woodyatt(fatG, proteinG, carbohydrate(convention));
    }

    /** The sum of this and {@code other}. */
    public Macros plus(Macros other) {
        return new Macros(fatG + other.fatG, proteinG + other.proteinG, carbohydrateG + other.carbohydrateG,
                fibreG + other.fibreG);
    }

    /** This amount multiplied by {@code factor} (for example grams / 100 for a per-100 g profile). */
    public Macros times(double factor) {
        Checks.nonNegative("factor", factor);
        return new Macros(fatG * factor, proteinG * factor, carbohydrateG * factor, fibreG * factor);
    }
}
