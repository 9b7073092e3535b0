package org.ketoplan.plan;

import java.util.List;

/**
 * A day's checks: energy, protein and carbohydrate against the prescription (the day's own, on a day of the
 * initiation ramp), fluid against the target, the milk feeds, and each micronutrient against the reference intake
 * for the child's age.
 *
 * @param energyPct the day's kcal as a percentage of the prescription
 * @param proteinPct the day's protein as a percentage of the prescription
 * @param fluidMl water from foods and drinks, in ml (1 g water = 1 ml)
 * @param fluidTargetMl the day's fluid target
 * @param micronutrients one check per reference nutrient
 * @param carbPct the day's carbohydrate as a percentage of the prescription (null in plans made before it was kept)
 * @param fluidBasis what counts towards the fluid target: "feeds" (the feeds' volume, infants under 6 months) or
 *     "water" (the water in all food and drink); null in older plans (water)
 * @param fluidAdvice what the parent is told about drinks, or null
 * @param feeds the day's milk feeds, or null when it has none
 * @param warnings cautions for the dietitian (feed density, feed size), possibly none
 */
public record DayChecks(double energyPct, double proteinPct, double fluidMl, double fluidTargetMl,
                        List<NutrientCheck> micronutrients, Double carbPct, String fluidBasis, String fluidAdvice,
                        FeedCheck feeds, List<String> warnings) {
    /** Copies the lists. */
    public DayChecks {
        micronutrients = micronutrients == null ? List.of() : List.copyOf(micronutrients);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Checks without carbohydrate, feeds and advice (as older plans have them). */
    public DayChecks(double energyPct, double proteinPct, double fluidMl, double fluidTargetMl,
                     List<NutrientCheck> micronutrients) {
        this(energyPct, proteinPct, fluidMl, fluidTargetMl, micronutrients, null, null, null, null, List.of());
    }

    /** The fluid counted against the target: the feeds' and breastfeeds' volume, or the water in all food and drink. */
    public double fluidCountedMl() {
        return "feeds".equals(fluidBasis) && feeds != null ? feeds.milkMl() : fluidMl;
    }

    /**
     * One micronutrient's day total against its reference intake.
     *
     * @param nutrient the {@link org.ketoplan.nutrition.Nutrient#key()}
     * @param label the name shown to people
     * @param unit mg, ug
     * @param amount the day's amount from the foods that state it
     * @param reference the reference intake for the age
     * @param pct amount as a percentage of reference
     * @param needsSupplement true below 100 % when every food states the nutrient (a missing value never makes a
     *     nutrient "need supplement": see {@link #unknown()})
     * @param unknownIn the ids of the day's foods whose composition does not state this nutrient
     */
    public record NutrientCheck(String nutrient, String label, String unit, double amount, double reference,
                                double pct, boolean needsSupplement, List<String> unknownIn) {
        /** Copies the list (absent in older files: empty). */
        public NutrientCheck {
            unknownIn = unknownIn == null ? List.of() : List.copyOf(unknownIn);
        }

        /**
         * True when the day's amount is not known: below the reference from the foods that state it, and some food
         * does not state it. Shown as "unknown", never as 0 % or "needs supplement".
         */
        public boolean unknown() {
            return pct < 100 && !unknownIn.isEmpty();
        }

        /** A check without unknown values. */
        public NutrientCheck(String nutrient, String label, String unit, double amount, double reference,
                             double pct, boolean needsSupplement) {
            this(nutrient, label, unit, amount, reference, pct, needsSupplement, List.of());
        }
    }
}
