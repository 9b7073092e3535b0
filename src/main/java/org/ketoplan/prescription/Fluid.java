package org.ketoplan.prescription;

import org.ketoplan.nutrition.Numbers;
import java.util.Locale;
import org.ketoplan.nutrition.Checks;

/**
 * The day's fluid target by age. Infants on the diet are not fluid-restricted; this is a target to reach, not a
 * limit (clinical.md; infants start without fluid restriction).
 *
 * <ul>
 *   <li>Under 6 months, milk-fed: {@value #INFANT_ML_PER_KG} ml/kg/day of feed, counted as the feeds' volume: term
 *       infants take breast milk or formula at an average of 150-200 ml/kg/day (BNF for Children 2011-12, section
 *       9.4.2); the lower end.</li>
 *   <li>6 to 11 months: {@value #OLDER_INFANT_ML} ml/day of water from all food and drink: the adequate intake of
 *       total water at 7-12 months (IOM 2005, Dietary Reference Intakes for Water, Potassium, Sodium, Chloride, and
 *       Sulfate, pp. 141-142: 0.8 L/day, about 0.6 L of it as milk and other drinks).</li>
 *   <li>From 12 months: Holliday-Segar maintenance, 100 ml/kg for the first 10 kg, 50 ml/kg for the next 10 kg,
 *       20 ml/kg above 20 kg (clinical.md, "Other conventions seen in practice"), as water from food and drink.</li>
 * </ul>
 * The water in every food counts (USDA SR24's water, the products' labels where known; 1 g water = 1 ml).
 */
public final class Fluid {
    /** The source shown with the Holliday-Segar target. */
    public static final String SOURCE = "Holliday-Segar maintenance fluid: 100 ml/kg for the first 10 kg, "
            + "50 ml/kg for the next 10, 20 ml/kg above; " + Citation.HOLLIDAY_SEGAR_1957.cite();
    /** Feed for a milk-fed infant under 6 months, ml/kg/day. */
    public static final double INFANT_ML_PER_KG = 150;
    /** Total water a day at 6-11 months, ml. */
    public static final double OLDER_INFANT_ML = 800;

    private Fluid() {
    }

    /** What a fluid target counts: the feeds' volume, or the water in all food and drink. */
    public enum Basis {
        /** The made-up feeds' volume (milk-fed infants under 6 months). */
        FEEDS,
        /** The water in everything eaten and drunk. */
        WATER;

        /** The lower-case word used in files. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A day's fluid target.
     *
     * @param ml the target, ml a day
     * @param basis what counts towards it
     * @param source where the number comes from
     */
    public record Target(double ml, Basis basis, String source) {
    }

    /** Maintenance fluid in ml per day for {@code weightKg}. */
    public static double hollidaySegarMl(double weightKg) {
        Checks.positive("weight_kg", weightKg);
        double first = Math.min(weightKg, 10);
        double second = Math.min(Math.max(weightKg - 10, 0), 10);
        double rest = Math.max(weightKg - 20, 0);
        return 100 * first + 50 * second + 20 * rest;
    }

    /** The default target for a child of {@code ageMonths} and {@code weightKg} (see the class comment). */
    public static Target forChild(int ageMonths, double weightKg) {
        if (ageMonths < MealPattern.SOLIDS_FROM_MONTHS) {
            return new Target(INFANT_ML_PER_KG * weightKg, Basis.FEEDS, String.format(Locale.ROOT,
                    "feeds of %.0f ml/kg/day x %s kg (milk-fed infants under 6 months take 150-200 ml/kg/day; "
                    + "%s)", INFANT_ML_PER_KG, Numbers.plain(weightKg), Citation.BNFC_2011.cite()));
        }
        if (ageMonths < MealPattern.MEALS_FROM_MONTHS) {
            return new Target(OLDER_INFANT_ML, Basis.WATER, "water from food and drink 800 ml/day (adequate intake "
                    + "of total water at 7-12 months; " + Citation.IOM_2005_WATER.cite() + ")");
        }
        return new Target(hollidaySegarMl(weightKg), Basis.WATER, SOURCE);
    }

    /** A target given in the patient file: per day, or per kg; counted as feeds under 6 months, else as water. */
    public static Target given(int ageMonths, double weightKg, Double ml, Double mlPerKg) {
        Basis basis = ageMonths < MealPattern.SOLIDS_FROM_MONTHS ? Basis.FEEDS : Basis.WATER;
        if (ml != null) {
            return new Target(ml, basis, "given: " + Numbers.plain(ml) + " ml/d");
        }
        return new Target(mlPerKg * weightKg, basis, "given: " + Numbers.plain(mlPerKg) + " ml/kg/d x "
                + Numbers.plain(weightKg) + " kg");
    }
}
