package org.ketoplan.diary;

import org.ketoplan.nutrition.Numbers;
import org.ketoplan.prescription.ActionLevels;
import java.time.LocalDate;
import org.ketoplan.common.FieldError;
import org.ketoplan.common.Limits;
import org.ketoplan.nutrition.Ratio;

/**
 * The period and thresholds of an adherence report.
 *
 * @param from the first day, or null for the plan's first day
 * @param to the last day, or null for the last day logged in the diary
 * @param kcalLowPct an adherent meal's energy is at least this percentage of its target (default 90)
 * @param kcalHighPct and at most this percentage (default 110)
 * @param ratioMinPct an adherent meal's ratio is at least this percentage of its target ratio (default 95)
 * @param baselineSeizuresPerDay the baseline seizures per day, or null for the mean of the diary's days before the
 *                               plan's start
 * @param ketoneLow the lower end of the blood ketone target range in mmol/L (default 2)
 * @param ketoneHigh the upper end (default 5)
 * @param minCorrelationDays the fewest days a correlation is computed on (default 14)
 * @param levels the blood readings flagged for action (default {@link ActionLevels#defaults()})
 */
public record AdherenceOptions(LocalDate from, LocalDate to, double kcalLowPct, double kcalHighPct,
                               double ratioMinPct, Double baselineSeizuresPerDay, double ketoneLow,
                               double ketoneHigh, int minCorrelationDays, ActionLevels levels) {
    /**
     * Meal energy within 90-110 % of target: a ketoplan choice, twice the +-5 % band meals are composed within
     * (clinical.md, "Published tolerances": +-5 % kcal after rounding), to allow for plate waste and scale error.
     */
    public static final double KCAL_LOW_PCT = 90;
    /** See {@link #KCAL_LOW_PCT}. */
    public static final double KCAL_HIGH_PCT = 110;
    /**
     * Ratio at least 95 % of target: a ketoplan choice; at 4:1 it is 3.8:1, inside the +-0.15 ratio band of
     * clinical.md's "Published tolerances" rounded to the nearest tenth below.
     */
    public static final double RATIO_MIN_PCT = 95;
    /** Target blood BHB 2-5 mmol/L: clinical.md, "Practice". */
    public static final double KETONE_LOW = 2;
    /** See {@link #KETONE_LOW}. */
    public static final double KETONE_HIGH = 5;
    /**
     * Fewest days for a rank correlation: two weeks, the longer baseline diary of clinical.md ("7 or 14-day
     * baseline diary"); a ketoplan choice, below which one odd day moves the coefficient a lot.
     */
    public static final int MIN_CORRELATION_DAYS = 14;

    /** The highest percentage a threshold may be. */
    public static final double MAX_PCT = 1_000;
    /** The most days a correlation may ask for (ten years). */
    public static final int MAX_DAYS = Limits.PLAN_DAYS;

    /**
     * Rejects impossible thresholds, naming the field and its value (the command line names its own options for
     * them): kcal_low_pct, kcal_high_pct, ratio_min_pct (0 to 1,000 %), ketone_low and ketone_high (0 to 30
     * mmol/L), baseline_seizures_per_day (0 to 10,000), min_correlation_days (3 to 3,660), from and to.
     */
    public AdherenceOptions {
        Limits.date("from", from);
        Limits.date("to", to);
        pct("kcal_low_pct", kcalLowPct);
        pct("kcal_high_pct", kcalHighPct);
        pct("ratio_min_pct", ratioMinPct);
        if (kcalLowPct > kcalHighPct) {
            throw new FieldError("kcal_low_pct", Numbers.plain(kcalLowPct) + " % is above kcal_high_pct ("
                    + Numbers.plain(kcalHighPct) + " %)");
        }
        nonNegative("ketone_low", ketoneLow, Limits.BLOOD_KETONES_MMOL);
        nonNegative("ketone_high", ketoneHigh, Limits.BLOOD_KETONES_MMOL);
        if (ketoneLow > ketoneHigh) {
            throw new FieldError("ketone_low", Numbers.plain(ketoneLow) + " mmol/L is above ketone_high ("
                    + Numbers.plain(ketoneHigh) + " mmol/L)");
        }
        if (baselineSeizuresPerDay != null) {
            nonNegative("baseline_seizures_per_day", baselineSeizuresPerDay, Limits.SEIZURES_PER_DAY);
        }
        if (minCorrelationDays < 3 || minCorrelationDays > MAX_DAYS) {
            throw new FieldError("min_correlation_days", "must be 3 to " + MAX_DAYS + " (a correlation needs at "
                    + "least 3 days), not " + minCorrelationDays);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new FieldError("from", from + " is after the report's last day, " + to);
        }
        levels = levels == null ? ActionLevels.defaults() : levels;
    }

    /** Options with the published action levels. */
    public AdherenceOptions(LocalDate from, LocalDate to, double kcalLowPct, double kcalHighPct, double ratioMinPct,
                            Double baselineSeizuresPerDay, double ketoneLow, double ketoneHigh,
                            int minCorrelationDays) {
        this(from, to, kcalLowPct, kcalHighPct, ratioMinPct, baselineSeizuresPerDay, ketoneLow, ketoneHigh,
                minCorrelationDays, ActionLevels.defaults());
    }

    private static void pct(String field, double v) {
        nonNegative(field, v, MAX_PCT);
    }

    private static void nonNegative(String field, double v, double max) {
        if (!(v >= 0)) {
            throw new FieldError(field, "must not be negative (" + Numbers.plain(v) + ")");
        }
        Limits.atMost(field, v, max, "");
    }

    /** The defaults over the whole plan. */
    public static AdherenceOptions defaults() {
        return new AdherenceOptions(null, null, KCAL_LOW_PCT, KCAL_HIGH_PCT, RATIO_MIN_PCT, null, KETONE_LOW,
                KETONE_HIGH, MIN_CORRELATION_DAYS);
    }

    /** These options for another period. */
    public AdherenceOptions period(LocalDate newFrom, LocalDate newTo) {
        return new AdherenceOptions(newFrom, newTo, kcalLowPct, kcalHighPct, ratioMinPct, baselineSeizuresPerDay,
                ketoneLow, ketoneHigh, minCorrelationDays, levels);
    }

    /** These options with a baseline given. */
    public AdherenceOptions baseline(Double perDay) {
        return new AdherenceOptions(from, to, kcalLowPct, kcalHighPct, ratioMinPct, perDay, ketoneLow, ketoneHigh,
                minCorrelationDays, levels);
    }
}
