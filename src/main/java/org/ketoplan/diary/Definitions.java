package org.ketoplan.diary;

import java.util.List;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Numbers;

/** The definitions behind the adherence report's figures, in words, with the thresholds used. */
final class Definitions {
    private Definitions() {
    }

    static List<String> of(AdherenceOptions o, CarbConvention conv) {
        return List.of(
                "Eaten: the sum over a meal's logged foods, planned and off-plan, from the composition stored with "
                        + "the plan (off-plan foods: the food database); kcal 9/4/4, carbohydrate " + conv.word()
                        + "; seasonings the plan does not count are left out.",
                "Logged meal: at least one row in meals.csv (a refused meal is logged with 0 g).",
                "Adherent meal: logged, eaten kcal " + Numbers.plain(o.kcalLowPct()) + "-"
                        + Numbers.plain(o.kcalHighPct()) + " % of the meal's target, and eaten ratio at least "
                        + Numbers.plain(o.ratioMinPct()) + " % of its target ratio.",
                "Adherence % = adherent meals / planned meals x 100; logged % = logged meals / planned meals x 100 "
                        + "(meals not logged count as not adherent).",
                "Week 1 = the plan's first seven days. Day kcal, protein and carbohydrate are % of the "
                        + "prescription; off-plan carbohydrate comes from foods not in the meal's plan.",
                "Seizures: a cluster of spasms is one seizure episode, another seizure one (clusters or seizures per "
                        + "day). A day with events logged (seizures.csv) counts its events; a day without events, the "
                        + "day's count (days.csv), as the family counted; a day with neither is a gap, not 0. "
                        + "Spasms per day: over the days whose clusters were counted. Means are over the days that "
                        + "have the figure.",
                "Change = (seizures per day - baseline) / baseline x 100; a responder week has a reduction of 50 % "
                        + "or more from baseline (the usual responder definition of ketogenic-diet trials). Baseline: "
                        + "the mean over the diary's days before the plan's start, unless one is given.",
                "Ketones in range: blood BHB from " + Numbers.plain(o.ketoneLow()) + " to "
                        + Numbers.plain(o.ketoneHigh())
                        + " mmol/L, ends included, counted over readings (a common clinic target range; set your "
                        + "own). A day's timed readings (readings.csv) are used; a day without them, its single "
                        + "reading (days.csv).",
                "Flagged: " + o.levels().glucoseSource() + ". " + o.levels().ketonesSource() + ".",
                "4-week trends: each of the last four weeks against the week before it (week 1 against the seven "
                        + "days before the plan's start); change = this week - the week before (percentage points for "
                        + "adherence), and as a % of the week before. Stress: 0 none, 1 mild, 2 moderate, 3 severe.",
                "Weight change: the week's last weight minus the last weight before the week (or the week's "
                        + "first).",
                "Correlation: Spearman's rank correlation (ties get average ranks) of daily adherence % with daily "
                        + "seizures, over days with a meal logged and a seizure figure; at least "
                        + o.minCorrelationDays() + " days. It is not proof of cause.",
                "Diary rows: the last row for a date, meal and food (meals.csv), a date (days.csv), or a date and "
                        + "time (seizures.csv, readings.csv; a row there without values withdraws the entry) wins; "
                        + "earlier rows are kept in the files, never rewritten.");
    }
}
