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
 * @param nothingLogged true when the diary holds nothing for the period
 * @param period the period's figures
 * @param weeks one per week of the plan that overlaps the period (week 1 = the plan's first seven days)
 * @param days one per plan day of the period
 * @param seizures the baseline and the change against it
 * @param ketones blood and urine ketones
 * @param correlation daily adherence against daily seizures
 * @param definitions the definitions, in words
 * @param skipped the diary rows left out (with --lenient)
 * @param warnings what was left out of the diary's files themselves (an interrupted entry, an incomplete last line)
 */
public record AdherenceReport(String patient, LocalDate planStart, LocalDate planEnd, LocalDate from, LocalDate to,
                              String carbConvention, boolean nothingLogged, Summary period, List<Week> weeks,
                              List<Day> days, Seizures seizures, Ketones ketones, Correlation correlation,
                              List<String> definitions, List<String> skipped, List<String> warnings) {

    /**
     * Meal counts of a day, week or period.
     *
     * @param plannedMeals meals planned
     * @param loggedMeals meals with at least one diary row
     * @param adherentMeals meals eaten within the energy and ratio bands
     * @param adherencePct adherent / planned x 100
     * @param loggedPct logged / planned x 100
     * @param seizuresPerDay mean seizures per day over the days with a count
     * @param seizureChangePct change of that mean against the baseline, in percent
     * @param responder a reduction of 50 % or more
     */
    public record Summary(int plannedMeals, int loggedMeals, int adherentMeals, double adherencePct,
                          double loggedPct, Double seizuresPerDay, Double seizureChangePct, boolean responder) {
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
     * @param seizures seizures counted
     * @param seizureMinutes their minutes
     * @param ketonesBloodMmol blood BHB
     * @param ketonesUrine the urine strip level
     * @param sleepHours hours slept
     * @param ill ill that day
     * @param weightKg weight
     * @param meals each planned meal
     */
    public record Day(LocalDate date, int week, int plannedMeals, int loggedMeals, int adherentMeals,
                      double adherencePct, double loggedPct, Double kcalPct, Double proteinPct, Double carbPct,
                      Double ratio, Double offPlanCarbG, Integer seizures, Double seizureMinutes,
                      Double ketonesBloodMmol, String ketonesUrine, Double sleepHours, Boolean ill, Double weightKg,
                      List<Meal> meals) {
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
     * @param weightChangeKg the week's last weight minus the last weight before the week (or the week's first)
     * @param ketonesMeanMmol mean blood BHB
     * @param ketoneReadings blood readings
     * @param ketonesInRange readings in the target range
     */
    public record Week(int week, LocalDate from, LocalDate to, Summary summary, int daysIll, Double sleepHours,
                       Double weightChangeKg, Double ketonesMeanMmol, int ketoneReadings, int ketonesInRange) {
    }

    /**
     * The seizure baseline.
     *
     * @param baselinePerDay seizures per day before the diet, or null when unknown
     * @param baselineSource "--baseline" or "diary: N days before the plan's start"
     * @param responderWeeks weeks with a reduction of 50 % or more
     */
    public record Seizures(Double baselinePerDay, String baselineSource, List<Integer> responderWeeks) {
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
     */
    public record Ketones(double targetLowMmol, double targetHighMmol, int bloodReadings, int inRange,
                          Double inRangePct, Double bloodMeanMmol, Map<String, Integer> urine) {
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
