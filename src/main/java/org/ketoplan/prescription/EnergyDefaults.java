package org.ketoplan.prescription;

import org.ketoplan.nutrition.Numbers;
import java.util.Locale;
import org.ketoplan.common.BadInputException;

/**
 * Default daily energy from age and weight: under 12 months the infant energy requirement of Butte 2005
 * ({@link Citation#BUTTE_2005}); from 12 months the ketogenic-diet table of the Compass Group Manual of Clinical
 * Nutrition Management ({@link Citation#COMPASS_2013}); or (when asked for) the IOM estimated energy requirement
 * (EER) equations ({@link Citation#IOM_2005_EER}).
 *
 * <p>Infants: Butte 2005 gives 473 kJ/kg/d for boys and 447 for girls at 1 month, 337 and 341 at 6 months, "and
 * thereafter tended to plateau" (the abstract, read in PubMed: tag P). ketoplan uses the mean of boys and girls
 * (460 and 339 kJ/kg/d, as the patient file has no sex), the 1-month value below 1 month, a straight line between
 * 1 and 6 months, and the 6-month value from 6 to 11 months; kJ / 4.184 = kcal. It is 100 % of a healthy infant's
 * requirement (the infant guideline's energy method was not verified). FAO/WHO/UNU 2004 gives monthly values too,
 * but the project read them only in a secondary transcription (tag S) and they rest on Butte's analysis, so the
 * primary figures are used. The Compass table's flat 80 kcal/kg under 1 year is below a young infant's need.
 *
 * <p>The Compass table (read in a copy of the manual: tag S, said in the output): 12-18 mo 75 kcal/kg/d;
 * 18 mo-3 y 70; 4-6 y 65; 7-8 y 60; 9-10 y 55; 11-14 y &lt;= 40.
 *
 * <p>How ages map onto the table (ketoplan's reading, stated in every output): ages are whole months completed;
 * the year bands are read in completed years, as "4-6 y" must run to the 7th birthday for "7-8 y" to follow it.
 * So "18 mo-3 y" runs from 18 months to the 4th birthday (47 months): a 3-year-old gets 70 kcal/kg and there is
 * no gap between 3 and 4 years. "11-14 y &lt;= 40" is a ceiling; ketoplan uses the ceiling, 40, and says so.
 * From the 15th birthday the table has no row: ketoplan then asks for the energy (kcal or kcal per
 * kg) rather than invent a value.
 */
public final class EnergyDefaults {
    /** The table's name as shown in outputs. */
    public static final String COMPASS = "Compass Group Manual of Clinical Nutrition Management, KD energy by age";
    /** kJ in a kcal (the thermochemical calorie). */
    public static final double KJ_PER_KCAL = 4.184;
    /** Butte 2005, mean of boys (473) and girls (447) at 1 month, kJ/kg/d. */
    public static final double BUTTE_1_MONTH_KJ = (473 + 447) / 2.0;
    /** Butte 2005, mean of boys (337) and girls (341) at 6 months, kJ/kg/d. */
    public static final double BUTTE_6_MONTHS_KJ = (337 + 341) / 2.0;

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
        if (ageMonths < 12) {
            return infantKcalPerKg(ageMonths);
        }
        for (int i = 0; i < UPPER_MONTHS.length; i++) {
            if (ageMonths < UPPER_MONTHS[i]) {
                String note = switch (i) {
                    case 2 -> ageMonths >= 36 ? "; 3-year-olds read as in this band (ages in completed years)" : "";
                    case 6 -> "; the table gives at most 40, the ceiling is used";
                    default -> "";
                };
                return new Sourced(KCAL_PER_KG[i], COMPASS + ": " + BAND[i] + " "
                        + (i == 6 ? "<= " : "") + Numbers.plain(KCAL_PER_KG[i]) + " kcal/kg/d" + note + "; "
                        + Citation.COMPASS_2013.cite());
            }
        }
        throw BadInputException.phrased("energy: the " + COMPASS + " table ends at 14 y (this child is "
                + Age.describe(ageMonths) + "); give ", BadInputException.ref("kcal"), " or ",
                BadInputException.ref("kcal_per_kg"), " (prescription.kcal or kcal_per_kg)");
    }

    /**
     * kcal/kg/d under 12 months from Butte 2005 (see the class comment): a 2-month-old gets 460 + (339 - 460) x 1/5
     * = 435.8 kJ/kg/d = 104.2 kcal/kg/d.
     */
    static Sourced infantKcalPerKg(int ageMonths) {
        double kj;
        String how;
        if (ageMonths <= 1) {
            kj = BUTTE_1_MONTH_KJ;
            how = "the 1-month value, " + Numbers.plain(kj) + " kJ/kg/d" + (ageMonths < 1 ? " (none is given under 1 "
                    + "month)" : "");
        } else if (ageMonths < 6) {
            kj = BUTTE_1_MONTH_KJ + (BUTTE_6_MONTHS_KJ - BUTTE_1_MONTH_KJ) * (ageMonths - 1) / 5.0;
            how = String.format(Locale.ROOT, "%s + (%s - %s) x %d/5 = %.1f kJ/kg/d (straight line between 1 and "
                    + "6 months)", Numbers.plain(BUTTE_1_MONTH_KJ), Numbers.plain(BUTTE_6_MONTHS_KJ),
                    Numbers.plain(BUTTE_1_MONTH_KJ), ageMonths - 1, kj);
        } else {
            kj = BUTTE_6_MONTHS_KJ;
            how = "the 6-month value, " + Numbers.plain(kj) + " kJ/kg/d (a plateau after 6 months)";
        }
        double kcal = kj / KJ_PER_KCAL;
        return new Sourced(kcal, String.format(Locale.ROOT, "infant energy requirement, mean of boys and girls "
                + "(1 month 460, 6 months 339 kJ/kg/d): %s, / 4.184 = %.1f kcal/kg/d (100 %% of a healthy infant's "
                + "need); %s", how, kcal, Citation.BUTTE_2005.cite()));
    }

    /** Daily kcal for {@code ageMonths} and {@code weightKg} from the Compass table. */
    public static Sourced ketoKcal(int ageMonths, double weightKg) {
        Sourced perKg = ketoKcalPerKg(ageMonths);
        String text = perKg.source();
        int cite = text.lastIndexOf("; "); // the citation comes last
        return new Sourced(perKg.value() * weightKg, text.substring(0, cite) + " x " + Numbers.plain(weightKg) + " kg"
                + text.substring(cite));
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
            throw BadInputException.phrased("energy: eer: the IOM EER equations cover 0-35 months (this "
                    + "child is " + Age.describe(ageMonths) + "); use the table or give ",
                    BadInputException.ref("kcal"));
        }
        double kcal = 89 * weightKg - 100 + extra;
        if (kcal <= 0) {
            throw BadInputException.phrased("energy: eer: 89 x " + Numbers.plain(weightKg) + " kg - 100 + "
                    + Numbers.plain(extra) + " is not above zero; check the weight or give ",
                    BadInputException.ref("kcal"));
        }
        return new Sourced(kcal, "IOM estimated energy requirement: " + band + " 89 x "
                + Numbers.plain(weightKg) + " kg - 100 + " + Numbers.plain(extra) + "; " + Citation.IOM_2005_EER.cite());
    }

    private static void checkAge(int ageMonths) {
        if (ageMonths < 0) {
            throw new IllegalArgumentException("age must not be negative (" + ageMonths + " months)");
        }
    }
}
