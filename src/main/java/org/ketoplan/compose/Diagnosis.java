package org.ketoplan.compose;

import org.ketoplan.nutrition.Numbers;
import java.util.ArrayList;
import java.util.List;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.nutrition.Ratio;

/**
 * Works out why no meal exists and says so in a dietitian's words, with a fix: by checking the constraint families
 * one at a time, cheapest first.
 *
 * <ol>
 * <li>No food supplies fat.</li>
 * <li>The fixed foods and least amounts alone exceed the carbohydrate ceiling, the protein band's top, the meal
 *     weight or the energy band's top.</li>
 * <li>All foods at their largest amounts stay below the energy band's bottom, or below the protein band.</li>
 * <li>The ratio band alone cannot be met within the food bounds (too little fat, or too much).</li>
 * <li>The ratio band, then each side of the protein band, then the carbohydrate ceiling, then the meal weight,
 *     then the energy band are added in turn to a linear program; the first that makes it infeasible is named,
 *     with the ones before it.</li>
 * </ol>
 */
final class Diagnosis {
    private Diagnosis() {
    }

    /**
     * The exception that explains why {@code p} has no solution. The explanation (a few more linear programs) is
     * worked out when its message is first read, so a planner that tries many recipes and reads few failures does
     * not pay for the others.
     */
    static NoSolutionException explain(MealProblem p) {
        return new Explained(p);
    }

    /** A {@link NoSolutionException} whose message is the diagnosis, worked out on first use. */
    private static final class Explained extends NoSolutionException {
        private static final long serialVersionUID = 1L;
        private final transient MealProblem problem;
        private String reason;

        Explained(MealProblem problem) {
            super(null);
            this.problem = problem;
        }

        @Override
        public synchronized String getMessage() {
            if (reason == null) {
                reason = reason(problem);
            }
            return reason;
        }
    }

    private static String reason(MealProblem p) {
        MealBands b = p.bands;
        boolean anyFat = p.fixedFat > 0;
        for (int k = 0; k < p.n; k++) {
            anyFat |= p.fat[k] > 0 && p.hi[k] > 0;
        }
        if (!anyFat && p.target.fatG() > 0) {
            return "no food supplies fat: add butter, oil or cream";
        }
        // the fixed foods and least amounts alone
        double leastCarb = p.fixedCarb;
        double leastProtein = p.fixedProtein;
        double leastWeight = p.fixedWeight;
        double leastKcal = kcal(p.fixedFat, p.fixedProtein, p.fixedCarb);
        for (int k = 0; k < p.n; k++) {
            leastCarb += p.carb[k] * p.lo[k];
            leastProtein += p.protein[k] * p.lo[k];
            leastWeight += p.step * p.lo[k];
            leastKcal += p.kcal[k] * p.lo[k];
        }
        if (leastCarb > MealBands.ceilingAsPrinted(b.carbCeilingG(), MealBands.GRAMS_AS_PRINTED) + MealBands.EPS) {
            return least(p, Nutrient.CARB) + " alone exceed the meal's " + grams(b.carbCeilingG())
                    + " g carbohydrate (" + p.conv.word() + ", target " + grams(p.target.carbG())
                    + " g + tolerance): use less of " + (count(p, Nutrient.CARB) > 1 ? "them" : "it")
                    + " or allow more carbohydrate";
        }
        if (leastProtein > MealBands.ceilingAsPrinted(b.proteinHighG(), MealBands.GRAMS_AS_PRINTED) + MealBands.EPS) {
            return least(p, Nutrient.PROTEIN) + " alone give " + grams(leastProtein) + " g protein, above the "
                    + "protein band's " + grams(b.proteinHighG()) + " g (target " + grams(p.target.proteinG())
                    + " g + tolerance): use less of " + (count(p, Nutrient.PROTEIN) > 1 ? "them" : "it")
                    + " or widen the protein band";
        }
        if (leastWeight > b.maxMealG() + MealBands.EPS) {
            return "the fixed foods and least amounts alone weigh " + grams(leastWeight) + " g, above the largest "
                    + "meal of " + grams(b.maxMealG()) + " g: use less of them or allow a larger meal";
        }
        if (leastKcal > b.kcalHigh() + MealBands.EPS) {
            return least(p, Nutrient.ENERGY) + " alone give " + whole(leastKcal) + " kcal, above the meal's "
                    + whole(b.kcalHigh()) + " kcal (target " + whole(p.target.kcal()) + " kcal + tolerance): use less of "
                    + (count(p, Nutrient.ENERGY) > 1 ? "them" : "it");
        }
        // everything at its largest amount
        double mostKcal = kcal(p.fixedFat, p.fixedProtein, p.fixedCarb);
        double mostProtein = p.fixedProtein;
        boolean anyProtein = p.fixedProtein > 0;
        for (int k = 0; k < p.n; k++) {
            mostKcal += p.kcal[k] * p.hi[k];
            mostProtein += p.protein[k] * p.hi[k];
            anyProtein |= p.protein[k] > 0 && p.hi[k] > 0;
        }
        if (mostKcal < b.kcalLow() - MealBands.EPS) {
            return "even at their largest amounts the foods give only " + whole(mostKcal) + " kcal, below the meal's "
                    + whole(b.kcalLow()) + " kcal (target " + whole(p.target.kcal())
                    + " kcal - tolerance): raise a largest amount or add a food";
        }
        if (!anyProtein && b.proteinLowG() > MealBands.GRAMS_AS_PRINTED) {
            return "no food supplies protein, and the protein band starts at " + grams(b.proteinLowG())
                    + " g: add meat, fish, egg or cheese, or lower the protein";
        }
        if (mostProtein < MealBands.floorAsPrinted(b.proteinLowG(), MealBands.GRAMS_AS_PRINTED) - MealBands.EPS) {
            return "even at their largest amounts the foods give only " + grams(mostProtein)
                    + " g protein, below the protein band's " + grams(b.proteinLowG())
                    + " g: raise a largest amount, add a protein food or lower the protein";
        }
        String band = "the ratio band (" + Ratio.format(b.ratioLow()) + " to " + Ratio.format(b.ratioHigh()) + ")";
        if (p.n > 0 && !new MealModel(p, false).ratioBand().feasible()) {
            if (!new MealModel(p, false).ratioBandLow().feasible()) {
                return band + " cannot be reached: the fixed foods and least amounts bring more protein and "
                        + "carbohydrate than the fat sources can balance; add a fat source (butter, oil, cream) or "
                        + "raise its largest amount";
            }
            return band + " cannot be kept: the fat is too much for the protein and carbohydrate available; add a "
                    + "food with protein, or lower a fat source's fixed or least amount";
        }
        String proteinBand = "the protein band (" + grams(b.proteinLowG()) + " to " + grams(b.proteinHighG())
                + " g)";
        if (p.n > 0 && !new MealModel(p, false).ratioBand().proteinFloor().feasible()) {
            return band + " cannot be met with protein above " + grams(b.proteinLowG())
                    + " g: add a fat source or lower the protein";
        }
        if (p.n > 0 && !new MealModel(p, false).ratioBand().proteinBand().feasible()) {
            return band + " cannot be met with protein at most " + grams(b.proteinHighG())
                    + " g: the foods bring too much protein for their fat and carbohydrate; add a fat source or a "
                    + "food with carbohydrate and little protein (fruit, vegetable), or widen the protein band";
        }
        if (p.n > 0 && !new MealModel(p, false).ratioBand().proteinBand().carbohydrateCeiling().feasible()) {
            return band + " and " + proteinBand + " cannot be met with carbohydrate at most "
                    + grams(b.carbCeilingG()) + " g: add a food with protein and little carbohydrate, or allow "
                    + "more carbohydrate";
        }
        if (p.n > 0 && !new MealModel(p, false).ratioBand().proteinBand().carbohydrateCeiling().mealWeight()
                .feasible()) {
            return band + ", " + proteinBand + " and the carbohydrate ceiling cannot be met in a meal of at most "
                    + grams(b.maxMealG()) + " g: use foods richer in energy, or allow a larger meal";
        }
        if (p.n > 0) {
            MealModel most = new MealModel(p, false).ratioBand().proteinBand().carbohydrateCeiling().mealWeight()
                    .energyCap();
            double max = most.energyExtreme(true);
            String kept = "keeping the ratio band, " + proteinBand + ", the carbohydrate ceiling"
                    + (Double.isInfinite(b.maxMealG()) ? "" : " and the meal weight") + ", ";
            if (max < b.kcalLow() - MealBands.EPS) {
                // without the protein band's top the energy is reached: the ratio leaves room for carbohydrate that
                // these foods do not have
                double moreProtein = new MealModel(p, false).ratioBand().proteinFloor().carbohydrateCeiling()
                        .mealWeight().energyCap().energyExtreme(true);
                if (moreProtein >= b.kcalLow() - MealBands.EPS) {
                    double mostCarb = new MealModel(p, false).ratioBand().proteinBand().carbohydrateCeiling()
                            .mealWeight().energyCap().mostCarbohydrate();
                    AmountLimits l = p.request.limits();
                    return kept + "these foods give at most " + whole(max) + " kcal, below the meal's "
                            + whole(b.kcalLow()) + " kcal: they have at most " + grams(mostCarb) + " g carbohydrate "
                            + "of the " + grams(p.target.carbG()) + " g the ratio leaves beside the protein; raise "
                            + "the largest amount of a vegetable or fruit, or add one"
                            + (l.maxFoodG() == null ? "" : " (no food may be more than " + grams(l.maxFoodG())
                            + " g" + (l.maxMealG() == null ? "" : ", nor the meal more than " + grams(l.maxMealG())
                            + " g") + ")");
                }
                return kept + "these foods give at most " + whole(max) + " kcal, below the meal's " + whole(b.kcalLow())
                        + " kcal: raise the largest amount of a fat source or add a food";
            }
            double min = new MealModel(p, false).ratioBand().proteinBand().carbohydrateCeiling().mealWeight()
                    .energyCap().energyExtreme(false);
            if (min > b.kcalHigh() + MealBands.EPS) {
                return kept + "these foods give at least " + whole(min) + " kcal, above the meal's "
                        + whole(b.kcalHigh()) + " kcal: lower a fixed or least amount";
            }
        } else {
            return "the fixed foods alone give ratio " + Ratio.format(round2(p.fat(new double[0])
                    / Math.max(1e-9, p.protein(new double[0]) + p.carb(new double[0])))) + " and "
                    + whole(kcal(p.fixedFat, p.fixedProtein, p.fixedCarb)) + " kcal, outside the meal's bands: let "
                    + "the composer choose the amount of at least one food";
        }
        return "no amounts of these foods keep every band together: widen a tolerance or add a food";
    }

    /** What the least amounts are judged on. */
    private enum Nutrient { CARB, PROTEIN, ENERGY }

    private static double per100(MealProblem p, Ingredient i, Nutrient what) {
        return switch (what) {
            case CARB -> i.food().macrosPer100().carbohydrate(p.conv);
            case PROTEIN -> i.food().macrosPer100().proteinG();
            case ENERGY -> i.food().macrosPer100().kcal(p.conv);
        };
    }

    private static String least(MealProblem p, Nutrient what) {
        List<String> parts = new ArrayList<>();
        for (Ingredient i : p.request.ingredients()) {
            if (!i.counted()) {
                continue;
            }
            double per = per100(p, i, what);
            if (i.min() > 0 && per > 0) {
                parts.add((i.isFixed() ? "" : "at least ") + grams(i.min()) + " " + i.food().unit() + " of "
                        + (i.isFixed() ? "fixed " : "") + i.food().name());
            }
        }
        return parts.size() == 1 ? parts.get(0) : String.join(" and ", parts);
    }

    private static int count(MealProblem p, Nutrient what) {
        int c = 0;
        for (Ingredient i : p.request.ingredients()) {
            double per = per100(p, i, what);
            if (i.counted() && i.min() > 0 && per > 0) {
                c++;
            }
        }
        return c;
    }

    private static double kcal(double f, double pr, double c) {
        return org.ketoplan.nutrition.Energy.kcal(f, pr, c);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Grams to one decimal, without a trailing ".0" ("30", "3.8"). */
    static String grams(double g) {
        return Numbers.trimmed(g, 1);
    }

    private static String whole(double kcal) {
        return Numbers.fixed(kcal, 0);
    }
}
