package org.ketoplan.prescription;

import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Checks;
import org.ketoplan.nutrition.Energy;
import org.ketoplan.nutrition.Ratio;

/**
 * What one meal (or snack, or a whole day) must supply: energy, ratio, and the fat, protein and carbohydrate
 * that follow from them. Carbohydrate is counted by {@code carbs}.
 *
 * @param name the meal's name ("breakfast", "meal 1", "day")
 * @param kcal energy in kcal (9/4/4 factors, see {@link Energy})
 * @param ratio fat : (protein + carbohydrate)
 * @param fatG grams of fat
 * @param proteinG grams of protein
 * @param carbG grams of carbohydrate by {@code carbs}
 * @param carbs the carbohydrate convention
 */
public record MealTarget(String name, double kcal, double ratio, double fatG, double proteinG, double carbG,
                         CarbConvention carbs) {

    /** Rejects negative or non-finite values and a missing convention. */
    public MealTarget {
        Checks.nonNegative("kcal", kcal);
        Checks.nonNegative("ratio", ratio);
        Checks.nonNegative("fat_g", fatG);
        Checks.nonNegative("protein_g", proteinG);
        Checks.nonNegative("carb_g", carbG);
        if (carbs == null) {
            throw new IllegalArgumentException("carbohydrate convention is missing");
        }
        name = name == null ? "meal" : name;
    }

    /**
     * The target at {@code kcal} and ratio {@code r} with {@code proteinG} of protein: units = kcal / (9R + 4),
     * fat = R x units, carbohydrate = units - protein (clinical.md, dietary units).
     *
     * @throws IllegalArgumentException when the protein exceeds the units, leaving negative carbohydrate
     */
    public static MealTarget of(String name, double kcal, double r, double proteinG, CarbConvention carbs) {
        Checks.positive("kcal", kcal);
        Checks.positive("ratio", r);
        double units = Ratio.units(kcal, r);
        double carb = units - proteinG;
        if (carb < -1e-9) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "protein %.1f g is more than the %.1f g of protein + carbohydrate that %.0f kcal at %s allow",
                    proteinG, units, kcal, Ratio.format(r)));
        }
        return new MealTarget(name, kcal, r, r * units, proteinG, Math.max(0, carb), carbs);
    }

    /** The target given directly as grams of fat, protein and carbohydrate. */
    public static MealTarget ofMacros(String name, double fatG, double proteinG, double carbG, CarbConvention carbs) {
        return new MealTarget(name, Energy.kcal(fatG, proteinG, carbG), Ratio.classic(fatG, proteinG, carbG), fatG,
                proteinG, carbG, carbs);
    }

    /** Dietary units: protein + carbohydrate. */
    public double units() {
        return proteinG + carbG;
    }

    /** This target scaled by {@code share} (a meal's share of the day), keeping the ratio. */
    public MealTarget share(String mealName, double share) {
        Checks.nonNegative("share", share);
        return new MealTarget(mealName, kcal * share, ratio, fatG * share, proteinG * share, carbG * share, carbs);
    }
}
