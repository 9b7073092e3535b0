package org.ketoplan.nutrition;

/**
 * The energy factors ketoplan uses for diet arithmetic: 9 kcal per gram of fat, 4 per gram of protein and 4 per
 * gram of carbohydrate (general Atwater factors).
 *
 * <p>They are the factors behind the dietary unit (kcal per unit = 9R + 4, {@code shared/reference/clinical.md},
 * "Other conventions seen in practice"), so a prescription's fat, protein and carbohydrate add up exactly to its
 * energy. A food's own stated energy (USDA uses specific factors) is shown beside it but not used for targets.
 */
public final class Energy {
    /** kcal per gram of fat. */
    public static final double FAT_KCAL_PER_G = 9.0;
    /** kcal per gram of protein. */
    public static final double PROTEIN_KCAL_PER_G = 4.0;
    /** kcal per gram of carbohydrate. */
    public static final double CARB_KCAL_PER_G = 4.0;

    private Energy() {
    }

    /** Energy in kcal of the given grams of fat, protein and carbohydrate. */
    public static double kcal(double fatG, double proteinG, double carbG) {
        return FAT_KCAL_PER_G * fatG + PROTEIN_KCAL_PER_G * proteinG + CARB_KCAL_PER_G * carbG;
    }

    /**
     * The same sum as a spreadsheet formula over the cells {@code fat}, {@code protein} and {@code carb}, e.g.
     * "9*D5+4*E5+4*F5", so a workbook recomputes energy with these factors and no other.
     */
    public static String formula(String fat, String protein, String carb) {
        return factor(FAT_KCAL_PER_G) + "*" + fat + "+" + factor(PROTEIN_KCAL_PER_G) + "*" + protein + "+"
                + factor(CARB_KCAL_PER_G) + "*" + carb;
    }

    private static String factor(double f) {
        return Numbers.plain(f);
    }
}
