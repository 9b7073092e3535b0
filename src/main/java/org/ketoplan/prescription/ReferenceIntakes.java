package org.ketoplan.prescription;

import org.ketoplan.nutrition.Numbers;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.nutrition.Nutrient;

/**
 * Daily reference intakes of micronutrients by age, for the planner's day checks: the DRI (US/Canada 2011) table
 * of {@code shared/reference/clinical.md} for 0-6 mo, 7-12 mo and 1-3 y.
 *
 * <p>Amounts are in the units of {@link Nutrient} (mg, or ug for selenium, vitamin A as ug RAE, vitamin D,
 * B12 and folate). Iodine has a reference value but no {@link Nutrient} (it is not in the USDA data), so it is
 * listed by {@link #notChecked(int)} instead. Age bands as in {@link ProteinReference}: completed months 0-5,
 * 6-11, then 12-47. From 48 months (4 y) clinical.md has no table: {@link #forAgeMonths(int)} is then empty and
 * {@link #notChecked(int)} says so; nothing is invented.
 */
public final class ReferenceIntakes {
    /** The source shown with the checks. */
    public static final String SOURCE = "DRI (US/Canada, 2011) 0-6 mo / 7-12 mo / 1-3 y; " + Citation.DRI_2011.cite();

    private static final Nutrient[] NUTRIENTS = {Nutrient.CALCIUM, Nutrient.IRON, Nutrient.ZINC,
        Nutrient.PHOSPHORUS, Nutrient.MAGNESIUM, Nutrient.SELENIUM, Nutrient.SODIUM, Nutrient.POTASSIUM,
        Nutrient.VITAMIN_D, Nutrient.VITAMIN_A, Nutrient.VITAMIN_C, Nutrient.THIAMIN, Nutrient.VITAMIN_B12,
        Nutrient.FOLATE};
    /** Rows in the order of {@link #NUTRIENTS}; columns 0-6 mo, 7-12 mo, 1-3 y. */
    private static final double[][] AMOUNTS = {
        {200, 260, 700},   // calcium mg
        {0.27, 11, 7},     // iron mg
        {2, 3, 3},         // zinc mg
        {100, 275, 460},   // phosphorus mg
        {30, 75, 80},      // magnesium mg
        {15, 20, 20},      // selenium ug
        {110, 370, 800},   // sodium mg
        {400, 860, 2000},  // potassium mg
        {10, 10, 15},      // vitamin D ug
        {400, 500, 300},   // vitamin A ug RAE
        {40, 50, 15},      // vitamin C mg
        {0.2, 0.3, 0.5},   // thiamin mg
        {0.4, 0.5, 0.9},   // vitamin B12 ug
        {65, 80, 150},     // folate ug
    };
    private static final double[] IODINE_UG = {110, 130, 90};
    private static final String[] BAND = {"0-6 mo", "7-12 mo", "1-3 y"};

    private ReferenceIntakes() {
    }

    /** The reference intakes per day for {@code ageMonths}; empty from 48 months, where clinical.md has none. */
    public static Map<Nutrient, Double> forAgeMonths(int ageMonths) {
        int col = column(ageMonths);
        if (col < 0) {
            return Map.of();
        }
        Map<Nutrient, Double> m = new EnumMap<>(Nutrient.class);
        for (int i = 0; i < NUTRIENTS.length; i++) {
            m.put(NUTRIENTS[i], AMOUNTS[i][col]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The DRI age band used for {@code ageMonths} ("7-12 mo"), or "none" from 48 months. */
    public static String band(int ageMonths) {
        int col = column(ageMonths);
        return col < 0 ? "none" : BAND[col];
    }

    /** What has a reference value but cannot be checked, or why nothing is checked, in words. */
    public static List<String> notChecked(int ageMonths) {
        int col = column(ageMonths);
        if (col < 0) {
            return List.of("micronutrients: ketoplan has reference intakes only up to 3 y; none are checked");
        }
        return List.of("iodine " + Numbers.plain(IODINE_UG[col])
                + " ug/d: not checked (no iodine in the food data)");
    }

    private static int column(int ageMonths) {
        if (ageMonths < 0) {
            throw new IllegalArgumentException("age must not be negative (" + ageMonths + " months)");
        }
        if (ageMonths < 6) {
            return 0;
        }
        if (ageMonths < 12) {
            return 1;
        }
        return ageMonths < 48 ? 2 : -1;
    }
}
