package org.ketoplan.diary;

import java.util.List;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Ratio;

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
                "Adherent meal: logged, eaten kcal " + Ratio.plain(o.kcalLowPct()) + "-"
                        + Ratio.plain(o.kcalHighPct()) + " % of the meal's target, and eaten ratio at least "
                        + Ratio.plain(o.ratioMinPct()) + " % of its target ratio.",
                "Adherence % = adherent meals / planned meals x 100; logged % = logged meals / planned meals x 100 "
                        + "(meals not logged count as not adherent).",
                "Week 1 = the plan's first seven days. Day kcal, protein and carbohydrate are % of the "
                        + "prescription; off-plan carbohydrate comes from foods not in the meal's plan.",
                "Seizures per day: mean over the days with a count. Change = (mean - baseline) / baseline x 100; "
                        + "a responder week has a reduction of 50 % or more from baseline (the usual responder "
                        + "definition of ketogenic-diet trials).",
                "Ketones in range: blood BHB from " + Ratio.plain(o.ketoneLow()) + " to " + Ratio.plain(o.ketoneHigh())
                        + " mmol/L, ends included (a common clinic target range; set your own with --ketones).",
                "Weight change: the week's last weight minus the last weight before the week (or the week's "
                        + "first).",
                "Correlation: Spearman's rank correlation (ties get average ranks) of daily adherence % with daily "
                        + "seizures, over days with a meal logged and a seizure count; at least "
                        + o.minCorrelationDays() + " days. It is not proof of cause.",
                "Diary rows: the last row for a date, meal and food (meals.csv) or a date (days.csv) wins; "
                        + "earlier rows are kept in the file, never rewritten.");
    }
}
