package org.ketoplan.common;

import org.ketoplan.nutrition.Numbers;
import java.time.LocalDate;

/**
 * The documented upper bounds of what ketoplan reads: file sizes, text lengths and numbers. A value past its bound
 * is refused with a message naming the bound, never truncated or read as something else (a seizure count of
 * 99,999,999,999 is not 2,147,483,647; an eaten amount of 1e308 is not imported).
 *
 * <p>The bounds are far beyond any real value, so they only ever stop a typo (grams typed as milligrams, a number
 * pasted twice) or a hostile file. The patient file's weight and prescription have clinical bounds of their own
 * ({@code org.ketoplan.prescription}). The README's "Reliability" section lists every bound.
 */
public final class Limits {
    /** A patient file, recipe file or other small YAML file: 1 MiB. */
    public static final long SMALL_FILE_BYTES = 1L << 20;
    /** A file of user foods: 16 MiB (the shipped USDA table, 8,858 foods, is 2.4 MB as CSV). */
    public static final long FOOD_FILE_BYTES = 16L << 20;
    /** A plan.json: 64 MiB (a year of four meals a day is about 4.3 MB). */
    public static final long PLAN_FILE_BYTES = 64L << 20;
    /** One diary file (meals.csv or days.csv): 64 MiB (ten years of 20 rows a day is about 5 MB). */
    public static final long DIARY_FILE_BYTES = 64L << 20;
    /** A workbook given to {@code diary import}: 32 MiB on disk. */
    public static final long WORKBOOK_BYTES = 32L << 20;

    /** One text value in a file (a recipe's directions, a note): 10,000 characters. */
    public static final int TEXT_CHARS = 10_000;
    /** A name (of a child, a food, a meal, a recipe): 200 characters. */
    public static final int NAME_CHARS = 200;
    /** A diary note: 1,000 characters. */
    public static final int NOTE_CHARS = 1_000;
    /** How deeply a YAML or JSON file may nest blocks and lists: 32. */
    public static final int NESTING_DEPTH = 32;
    /** Items in one list of a file: 100,000. */
    public static final int LIST_ITEMS = 100_000;

    /** An amount of one food (planned, eaten, in a recipe): 10,000 g (or ml). */
    public static final double GRAMS = 10_000;
    /** The energy of one meal: 5,000 kcal (more than an adult's whole day). */
    public static final double MEAL_KCAL = 5_000;
    /** The energy of one day in a plan: 20,000 kcal. */
    public static final double DAY_KCAL = 20_000;
    /** Grams of one macronutrient in a meal target: 1,000 g. */
    public static final double MEAL_MACRO_G = 1_000;
    /** Energy per 100 g (or 100 ml) of a food: 1,000 kcal (pure fat is 900). */
    public static final double KCAL_PER_100 = 1_000;
    /** Grams of a macronutrient per 100 g (or 100 ml) of a food: 100 g. */
    public static final double GRAMS_PER_100 = 100;
    /** Any other nutrient per 100 g (mg, ug): 100,000. */
    public static final double NUTRIENT_PER_100 = 100_000;
    /** Seizures counted for one day: 10,000 (a cluster of spasms is one; its spasms are counted in the cluster). */
    public static final int SEIZURES_PER_DAY = 10_000;
    /** Minutes of seizures in a day: 1,440 (the whole day). */
    public static final double MINUTES_PER_DAY = 1_440;
    /** Blood ketones: 30 mmol/L (home meters read to about 8). */
    public static final double BLOOD_KETONES_MMOL = 30;
    /** The most blood glucose a diary reading may hold, in mmol/L (meters read to about 33; 100 is past any). */
    public static final double BLOOD_GLUCOSE_MMOL = 100;
    /** The most spasms one cluster may hold. */
    public static final int SPASMS_PER_CLUSTER = 1_000;
    /** The highest stress level of the diary's scale (0 none, 1 mild, 2 moderate, 3 severe). */
    public static final int STRESS_LEVEL = 3;
    /** Urine ketones as a number: 16 mmol/L, the top of the strip's colour chart (160 mg/dL). */
    public static final double URINE_KETONES_MMOL = 16;
    /** Body weight in a diary or plan: 250 kg. */
    public static final double WEIGHT_KG = 250;
    /** A share of a planned amount eaten: 1,000 %. */
    public static final double PERCENT = 1_000;
    /** Days in one plan file: 3,660 (ten years). */
    public static final int PLAN_DAYS = 3_660;
    /** The earliest date ketoplan reads. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date ketoplan reads. */
    public static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

    private Limits() {
    }

    /**
     * {@code value} when it is a finite number from 0 to {@code max}.
     *
     * @throws FieldError naming {@code field}, the value and the bound
     */
    public static double atMost(String field, double value, double max, String unit) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new FieldError(field, "must be a number, not " + value);
        }
        if (value > max) {
            throw new FieldError(field, plain(value) + " is more than " + plain(max) + unit(unit)
                    + ", the most ketoplan accepts");
        }
        return value;
    }

    /**
     * {@code text} when it has at most {@code max} characters and no control character other than those in
     * {@code allowedControls}.
     *
     * @throws FieldError naming {@code field} and the bound
     */
    public static String text(String field, String text, int max, String allowedControls) {
        if (text == null) {
            return null;
        }
        if (text.length() > max) {
            throw new FieldError(field, "has " + text.length() + " characters; the most is " + max);
        }
        return Text.checkNoControls(field, text, allowedControls);
    }

    /**
     * {@code date} when it lies from {@link #FIRST_DATE} to {@link #LAST_DATE}.
     *
     * @throws FieldError naming {@code field}
     */
    public static LocalDate date(String field, LocalDate date) {
        if (date != null && (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE))) {
            throw new FieldError(field, date + " is outside " + FIRST_DATE.getYear() + " to "
                    + LAST_DATE.getYear());
        }
        return date;
    }

    private static String unit(String unit) {
        return unit == null || unit.isEmpty() ? "" : unit.startsWith("%") ? unit : " " + unit;
    }

    /** A number without binary noise or exponent for messages: 1.0E8 -> "100000000". */
    static String plain(double v) {
        return org.ketoplan.nutrition.Numbers.forMessage(v);
    }
}
