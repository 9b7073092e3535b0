package org.ketoplan.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The adherence report: meals eaten as planned by day, week and period, next to seizures, ketones and other
 * factors, with the definitions used. Percentages are 0-100; a figure that cannot be known is null.
 *
 * @param patient the child's name
 * @param planStart the plan's first day
 * @param planEnd the plan's last day
 * @param from the report's first day
 * @param to the report's last day
 * @param carbConvention "net" or "total"
 * @param prescription the prescription the plan was made for
 * @param nothingLogged true when the diary holds nothing for the period
 * @param period the period's figures
 * @param weeks one per week of the plan that overlaps the period (week 1 = the plan's first seven days)
 * @param days one per plan day of the period
 * @param seizures the baseline and the change against it
 * @param ketones blood and urine ketones
 * @param glucose blood glucose
 * @param flags the readings at an action level, with the levels and their sources
 * @param trends each of the last four weeks against the week before it
 * @param correlation daily adherence against daily seizures
 * @param definitions the definitions, in words
 * @param skipped the diary rows left out (when asked to be lenient)
 * @param warnings what was left out of the diary's files themselves (an interrupted entry, an incomplete last line)
 */
public record AdherenceReport(String patient, LocalDate planStart, LocalDate planEnd, LocalDate from, LocalDate to,
                              String carbConvention, Prescription prescription, boolean nothingLogged, Summary period, List<Week> weeks,
                              List<Day> days, Seizures seizures, Ketones ketones, Glucose glucose, Flags flags,
                              List<Trend> trends, Correlation correlation, List<String> definitions,
                              List<String> skipped, List<String> warnings) {

    /**
     * The prescription the plan was made for, as the clinic summary shows it.
     *
     * @param ageMonths the child's age at the plan's start, in months
     * @param weightKg the child's weight
     * @param kcal energy a day
     * @param ratio the ratio
     * @param fatG fat a day
     * @param proteinG protein a day
     * @param carbG carbohydrate from food a day
     * @param fluidMl fluid a day
     * @param meals the meals and feeds of a day, "breakfast 07:00"
     * @param medicines the medicines, by name
     */
    public record Prescription(double ageMonths, double weightKg, double kcal, double ratio, double fatG,
                               double proteinG, double carbG, double fluidMl, List<String> meals,
                               List<String> medicines) {
    }

    /**
     * Meal counts of a day, week or period.
     *
     * @param plannedMeals meals planned
     * @param loggedMeals meals with at least one diary row
     * @param adherentMeals meals eaten within the energy and ratio bands
     * @param adherencePct adherent / planned x 100
     * @param loggedPct logged / planned x 100
     * @param seizuresPerDay mean seizure episodes (clusters or seizures) per day over the days with a figure
     * @param seizureChangePct change of that mean against the baseline, in percent
     * @param responder a reduction of 50 % or more
     * @param seizureDays the days with a seizure figure (events or a count)
     * @param clustersPerDay mean clusters of spasms per day over the days with events logged
     * @param spasmsPerDay mean spasms per day over the days whose clusters were counted
     */
    public record Summary(int plannedMeals, int loggedMeals, int adherentMeals, double adherencePct,
                          double loggedPct, Double seizuresPerDay, Double seizureChangePct, boolean responder,
                          int seizureDays, Double clustersPerDay, Double spasmsPerDay) {
    }

    /**
     * A meal as eaten.
     *
     * @param slot the slot
     * @param logged at least one row
     * @param adherent within the bands
     * @param kcal energy eaten
     * @param targetKcal the meal's target
     * @param kcalPct eaten / target x 100
     * @param ratio the ratio eaten (null when nothing was eaten or no protein and carbohydrate)
     * @param targetRatio the meal's target ratio
     * @param offPlanCarbG carbohydrate from off-plan foods
     */
    public record Meal(String slot, boolean logged, boolean adherent, double kcal, double targetKcal,
                       double kcalPct, Double ratio, double targetRatio, double offPlanCarbG) {
    }

    /**
     * One day.
     *
     * @param date the date
     * @param week the plan week
     * @param plannedMeals meals planned
     * @param loggedMeals meals logged
     * @param adherentMeals meals adherent
     * @param adherencePct adherent / planned x 100
     * @param loggedPct logged / planned x 100
     * @param kcalPct eaten energy as % of the prescription (null when no meal is logged)
     * @param proteinPct eaten protein as % of the prescription
     * @param carbPct eaten carbohydrate as % of the prescription
     * @param ratio the day's eaten ratio
     * @param offPlanCarbG carbohydrate from off-plan foods, in g
     * @param seizures seizure episodes: clusters plus other seizures, or the day's count (see {@link DayRecord})
     * @param clusters clusters of spasms (null without events)
     * @param spasms spasms counted in the clusters (null when not counted)
     * @param otherSeizures other seizures (null without events)
     * @param rescues events with a rescue medicine
     * @param seizureMinutes their minutes
     * @param ketonesBloodMmol the mean of the day's blood BHB readings
     * @param ketonesMaxMmol the highest
     * @param ketoneReadings how many
     * @param glucoseMinMmol the lowest blood glucose reading
     * @param glucoseReadings how many
     * @param flagged readings at an action level
     * @param ketonesUrine the urine strip level
     * @param sleepHours hours slept
     * @param ill ill that day
     * @param stress 0 none, 1 mild, 2 moderate, 3 severe
     * @param weightKg weight
     * @param meals each planned meal
     */
    public record Day(LocalDate date, int week, int plannedMeals, int loggedMeals, int adherentMeals,
                      double adherencePct, double loggedPct, Double kcalPct, Double proteinPct, Double carbPct,
                      Double ratio, Double offPlanCarbG, Integer seizures, Integer clusters, Integer spasms,
                      Integer otherSeizures, int rescues, Double seizureMinutes, Double ketonesBloodMmol,
                      Double ketonesMaxMmol, int ketoneReadings, Double glucoseMinMmol, int glucoseReadings,
                      int flagged, String ketonesUrine, Double sleepHours, Boolean ill, Integer stress,
                      Double weightKg, List<Meal> meals) {
    }

    /**
     * One plan week (its days inside the period).
     *
     * @param week the number (1 = the plan's first seven days)
     * @param from its first day in the period
     * @param to its last day in the period
     * @param summary meals and seizures
     * @param daysIll days marked ill
     * @param sleepHours mean hours slept over the days with a value
     * @param stress mean stress (0-3) over the days rated
     * @param weightChangeKg the week's last weight minus the last weight before the week (or the week's first)
     * @param ketonesMeanMmol mean blood BHB
     * @param ketoneReadings blood readings
     * @param ketonesInRange readings in the target range
     * @param ketonesHigh readings at or above the high action level
     * @param glucoseMinMmol the lowest blood glucose
     * @param glucoseReadings glucose readings
     * @param glucoseLow readings at or below the low action level
     * @param rescues events with a rescue medicine
     */
    public record Week(int week, LocalDate from, LocalDate to, Summary summary, int daysIll, Double sleepHours,
                       Double stress, Double weightChangeKg, Double ketonesMeanMmol, int ketoneReadings,
                       int ketonesInRange, int ketonesHigh, Double glucoseMinMmol, int glucoseReadings,
                       int glucoseLow, int rescues) {
    }

    /**
     * The seizure baseline.
     *
     * @param baselinePerDay seizures per day before the diet, or null when unknown
     * @param baselineSource "given for this report", or "diary: mean of N days ..." before the plan's start
     * @param responderWeeks weeks with a reduction of 50 % or more
     * @param baselineSpasmsPerDay spasms per day before the diet (from counted clusters), or null
     * @param notes days whose count and events disagree (the events are used)
     */
    public record Seizures(Double baselinePerDay, String baselineSource, List<Integer> responderWeeks,
                           Double baselineSpasmsPerDay, List<String> notes) {
    }

    /**
     * Ketones over the period.
     *
     * @param targetLowMmol the target range's low end
     * @param targetHighMmol its high end
     * @param bloodReadings blood readings in the period
     * @param inRange readings within the range (ends included)
     * @param inRangePct in range / readings x 100, null without readings
     * @param bloodMeanMmol mean blood BHB
     * @param urine urine readings by strip level
     * @param maxMmol the highest blood reading
     * @param high readings at or above the high action level
     */
    public record Ketones(double targetLowMmol, double targetHighMmol, int bloodReadings, int inRange,
                          Double inRangePct, Double bloodMeanMmol, Map<String, Integer> urine, Double maxMmol,
                          int high) {
    }

    /**
     * Blood glucose over the period.
     *
     * @param readings readings in the period
     * @param meanMmol their mean
     * @param minMmol the lowest
     * @param low readings at or below the low action level
     */
    public record Glucose(int readings, Double meanMmol, Double minMmol, int low) {
    }

    /**
     * Readings at an action level.
     *
     * @param glucoseLowMmol glucose at or below this is flagged
     * @param ketonesHighMmol ketones at or above this are flagged
     * @param glucoseSource where the glucose level comes from
     * @param ketonesSource where the ketone level comes from
     * @param readings each flagged reading, "2026-01-07 06:40: blood glucose 2.3 mmol/L: ..."
     */
    public record Flags(double glucoseLowMmol, double ketonesHighMmol, String glucoseSource, String ketonesSource,
                        List<String> readings) {
    }

    /**
     * One week against the week before it (for week 1 of the plan: the seven days before its start).
     *
     * @param week the week
     * @param from its first day in the period
     * @param to its last
     * @param previousFrom the first day of the week before
     * @param previousTo its last day
     * @param changes one per measure
     */
    public record Trend(int week, LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
                        List<Change> changes) {
    }

    /**
     * How one measure moved from one week to the next.
     *
     * @param measure "adherence %", "seizures per day", ...
     * @param previous the week before's value, or null when unknown
     * @param current this week's value, or null when unknown
     * @param change current - previous (percentage points for a percentage), or null
     * @param changePct the change as a percentage of the previous value, or null (unknown, or previous 0)
     * @param direction "up", "down", "no change", or null when either value is unknown
     */
    public record Change(String measure, Double previous, Double current, Double change, Double changePct,
                         String direction) {
    }

    /**
     * Spearman's rank correlation of daily adherence % with daily seizures.
     *
     * @param spearmanRho the coefficient, or null with too few days or no variation
     * @param days the days it rests on (days with a meal logged and a seizure count)
     * @param minDays the fewest days it is computed on
     * @param note what it means and does not mean
     */
    public record Correlation(Double spearmanRho, int days, int minDays, String note) {
    }
}
