package org.ketoplan.prescription;

import java.util.Locale;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.Ratio;

/**
 * Default daily energy from age and weight: the ketogenic-diet table of the Compass Group Manual of Clinical
 * Nutrition Management, or (when asked for) the IOM estimated energy requirement (EER) equations.
 *
 * <p>Source of both: {@code shared/reference/clinical.md}, "Practice" and "DRI". The Compass table: &lt; 1 y
 * 80 kcal/kg/d; 12-18 mo 75; 18 mo-3 y 70; 4-6 y 65; 7-8 y 60; 9-10 y 55; 11-14 y &lt;= 40.
 *
 * <p>How ages map onto the table (ketoplan's reading, stated in every output): ages are whole months completed;
 * the year bands are read in completed years, as "4-6 y" must run to the 7th birthday for "7-8 y" to follow it.
 * So "18 mo-3 y" runs from 18 months to the 4th birthday (47 months): a 3-year-old gets 70 kcal/kg and there is
 * no gap between 3 and 4 years. "11-14 y &lt;= 40" is a ceiling; ketoplan uses the ceiling, 40, and says so.
 * From the 15th birthday the table has no row: ketoplan then asks for {@code --kcal} or {@code --kcal-per-kg}
 * rather than invent a value.
 */
public final class EnergyDefaults {
    /** The table's name as shown in outputs. */
    public static final String COMPASS = "Compass Group Manual of Clinical Nutrition Management, KD energy by age";

    private static final int[] UPPER_MONTHS = {12, 18, 48, 84, 108, 132, 180};
    private static final double[] KCAL_PER_KG = {80, 75, 70, 65, 60, 55, 40};
    private static final String[] BAND = {"< 1 y", "12-18 mo", "18 mo-3 y", "4-6 y", "7-8 y", "9-10 y", "11-14 y"};

    private EnergyDefaults() {
    }

    /**
     * kcal per kg per day for {@code ageMonths} from the Compass table, with the row named in the source.
     *
     * @throws BadInputException from 180 months (15 y) on, where the table has no row
     */
    public static Sourced ketoKcalPerKg(int ageMonths) {
        checkAge(ageMonths);
        for (int i = 0; i < UPPER_MONTHS.length; i++) {
            if (ageMonths < UPPER_MONTHS[i]) {
                String note = switch (i) {
                    case 2 -> ageMonths >= 36 ? "; 3-year-olds read as in this band (ages in completed years)" : "";
                    case 6 -> "; the table gives at most 40, the ceiling is used";
                    default -> "";
                };
                return new Sourced(KCAL_PER_KG[i], COMPASS + " (clinical.md): " + BAND[i] + " "
                        + (i == 6 ? "<= " : "") + Ratio.plain(KCAL_PER_KG[i]) + " kcal/kg/d" + note);
            }
        }
        throw new BadInputException("energy: the " + COMPASS + " table ends at 14 y (this child is "
                + Age.describe(ageMonths) + "); give --kcal or --kcal-per-kg (prescription.kcal or kcal_per_kg)");
    }

    /** Daily kcal for {@code ageMonths} and {@code weightKg} from the Compass table. */
    public static Sourced ketoKcal(int ageMonths, double weightKg) {
        Sourced perKg = ketoKcalPerKg(ageMonths);
        return new Sourced(perKg.value() * weightKg, perKg.source() + String.format(Locale.ROOT,
                " x %s kg", Ratio.plain(weightKg)));
    }

    /**
     * The IOM estimated energy requirement, kcal/d (clinical.md, "DRI"): 0-3 mo 89 x wt - 100 + 175;
     * 4-6 mo 89 x wt - 100 + 56; 7-12 mo 89 x wt - 100 + 22; 13-35 mo 89 x wt - 100 + 20.
     *
     * @throws BadInputException from 36 months on (the equations in clinical.md stop there) or when the result
     *     is not above zero
     */
    public static Sourced eer(int ageMonths, double weightKg) {
        checkAge(ageMonths);
        double extra;
        String band;
        if (ageMonths <= 3) {
            extra = 175;
            band = "0-3 mo";
        } else if (ageMonths <= 6) {
            extra = 56;
            band = "4-6 mo";
        } else if (ageMonths <= 12) {
            extra = 22;
            band = "7-12 mo";
        } else if (ageMonths <= 35) {
            extra = 20;
            band = "13-35 mo";
        } else {
            throw new BadInputException("--energy eer: the IOM EER equations in clinical.md cover 0-35 months (this "
                    + "child is " + Age.describe(ageMonths) + "); use the table or give --kcal");
        }
        double kcal = 89 * weightKg - 100 + extra;
        if (kcal <= 0) {
            throw new BadInputException("--energy eer: 89 x " + Ratio.plain(weightKg) + " kg - 100 + "
                    + Ratio.plain(extra) + " is not above zero; check the weight or give --kcal");
        }
        return new Sourced(kcal, "IOM estimated energy requirement (clinical.md): " + band + " 89 x "
                + Ratio.plain(weightKg) + " kg - 100 + " + Ratio.plain(extra));
    }

    private static void checkAge(int ageMonths) {
        if (ageMonths < 0) {
            throw new IllegalArgumentException("age must not be negative (" + ageMonths + " months)");
        }
    }
}
