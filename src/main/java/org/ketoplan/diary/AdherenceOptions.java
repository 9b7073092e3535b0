package org.ketoplan.diary;

import java.time.LocalDate;

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
 */
public record AdherenceOptions(LocalDate from, LocalDate to, double kcalLowPct, double kcalHighPct,
                               double ratioMinPct, Double baselineSeizuresPerDay, double ketoneLow,
                               double ketoneHigh, int minCorrelationDays) {
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

    /** Rejects impossible thresholds. */
    public AdherenceOptions {
        if (!(kcalLowPct >= 0 && kcalHighPct >= kcalLowPct)) {
            throw new IllegalArgumentException("--kcal-band: the low end must be from 0 to the high end");
        }
        if (!(ratioMinPct >= 0)) {
            throw new IllegalArgumentException("--ratio-min: must not be negative");
        }
        if (!(ketoneLow >= 0 && ketoneHigh >= ketoneLow)) {
            throw new IllegalArgumentException("--ketone-range: the low end must be from 0 to the high end");
        }
        if (baselineSeizuresPerDay != null && !(baselineSeizuresPerDay >= 0)) {
            throw new IllegalArgumentException("--baseline: must not be negative");
        }
        if (minCorrelationDays < 3) {
            throw new IllegalArgumentException("--min-days: a correlation needs at least 3 days");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from: " + from + " is after --to " + to);
        }
    }

    /** The defaults over the whole plan. */
    public static AdherenceOptions defaults() {
        return new AdherenceOptions(null, null, KCAL_LOW_PCT, KCAL_HIGH_PCT, RATIO_MIN_PCT, null, KETONE_LOW,
                KETONE_HIGH, MIN_CORRELATION_DAYS);
    }

    /** These options for another period. */
    public AdherenceOptions period(LocalDate newFrom, LocalDate newTo) {
        return new AdherenceOptions(newFrom, newTo, kcalLowPct, kcalHighPct, ratioMinPct, baselineSeizuresPerDay,
                ketoneLow, ketoneHigh, minCorrelationDays);
    }

    /** These options with a baseline given. */
    public AdherenceOptions baseline(Double perDay) {
        return new AdherenceOptions(from, to, kcalLowPct, kcalHighPct, ratioMinPct, perDay, ketoneLow, ketoneHigh,
                minCorrelationDays);
    }
}
