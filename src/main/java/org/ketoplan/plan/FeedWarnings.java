package org.ketoplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ketoplan.compose.Fluids;
import org.ketoplan.prescription.Fluid;
import org.ketoplan.prescription.MealPattern;

/**
 * What a plan says about a day's feeds and drinks: the same checks as {@code ketoplan formula} (energy density
 * above {@link Fluids#MAX_KCAL_PER_ML} kcal/ml, a feed above {@link Fluids#DEFAULT_MAX_FEED_ML_PER_KG} ml/kg), the
 * day's feed per kg under 6 months against the 150-200 ml/kg/day milk-fed infants take (BNF for Children 2011-12,
 * 9.4.2), and the advice for the parent: under 6 months all fluid comes from the feeds and no water is advised; at
 * 6-11 months the feeds make up the day's water, and a shortfall goes to the dietitian, not to a cup of water; from
 * 12 months the rest is given as water.
 */
final class FeedWarnings {
    /** The top of the milk-fed infant's range, ml/kg/day (BNF for Children 2011-12, 9.4.2). */
    static final double INFANT_MAX_ML_PER_KG = 200;

    private FeedWarnings() {
    }

    /** The warnings for {@code feeds}, possibly none. */
    static List<String> of(FeedCheck feeds, String basis) {
        List<String> out = new ArrayList<>();
        if (feeds.kcalPerMl() > Fluids.MAX_KCAL_PER_ML + 1e-9) {
            out.add(String.format(Locale.ROOT, "feeds at %.2f kcal/ml, above %.1f kcal/ml: check how the baby "
                    + "tolerates them, or plan more fluid", feeds.kcalPerMl(), Fluids.MAX_KCAL_PER_ML));
        }
        if (feeds.largestFeedMlPerKg() > Fluids.DEFAULT_MAX_FEED_ML_PER_KG + 1e-9) {
            out.add(String.format(Locale.ROOT, "the largest feed is %.0f ml, %.0f ml/kg, above %.0f ml/kg (a rule "
                    + "of thumb): consider more, smaller feeds", feeds.largestFeedMl(), feeds.largestFeedMlPerKg(),
                    Fluids.DEFAULT_MAX_FEED_ML_PER_KG));
        }
        if ("feeds".equals(basis) && (feeds.mlPerKgDay() < Fluid.INFANT_ML_PER_KG - 0.5
                || feeds.mlPerKgDay() > INFANT_MAX_ML_PER_KG + 0.5)) {
            out.add(String.format(Locale.ROOT, "feeds of %.0f ml/kg a day, outside the 150-200 ml/kg milk-fed "
                    + "infants take (BNF for Children 2011-12, 9.4.2)", feeds.mlPerKgDay()));
        }
        return out;
    }

    /** What the parent is told about drinks on the day. */
    static String advice(String basis, double countedMl, double targetMl, int ageMonths, FeedCheck feeds) {
        double short_ = targetMl - countedMl;
        if ("feeds".equals(basis)) {
            return String.format(Locale.ROOT, "all the day's fluid is in the feeds (%.0f ml); no water or other "
                    + "drinks for a baby under 6 months unless the dietitian says so", countedMl);
        }
        if (ageMonths < MealPattern.MEALS_FROM_MONTHS) {
            if (short_ <= 0.5) {
                return feeds != null ? "the feeds and meals give the day's water" : "the meals give the day's water";
            }
            return String.format(Locale.ROOT, "%.0f ml short of the day's %.0f ml of water: ask the dietitian "
                    + "(more or larger feeds)", short_, targetMl);
        }
        return short_ > 0.5 ? String.format(Locale.ROOT, "give the rest as water (%.0f ml)", short_)
                : "food and drinks give the day's water";
    }
}
