package org.ketoplan.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.nutrition.Ratio;

/**
 * Works out why no meal exists and says so in a dietitian's words, with a fix: by checking the constraint families
 * one at a time, cheapest first.
 *
 * <ol>
 * <li>No food supplies fat.</li>
 * <li>The fixed foods and least amounts alone exceed the carbohydrate ceiling, or the energy band's top.</li>
 * <li>All foods at their largest amounts stay below the energy band's bottom, or below the protein floor.</li>
 * <li>The ratio band alone cannot be met within the food bounds (too little fat, or too much).</li>
 * <li>The ratio band, then the protein floor, then the carbohydrate ceiling, then the energy band are added in turn
 *     to a linear program; the first that makes it infeasible is named, with the one before it.</li>
 * </ol>
 */
final class Diagnosis {
    private Diagnosis() {
    }

    /** The exception that explains why {@code p} has no solution. */
    static NoSolutionException explain(MealProblem p) {
        return new NoSolutionException(reason(p));
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
        double leastKcal = kcal(p.fixedFat, p.fixedProtein, p.fixedCarb);
        for (int k = 0; k < p.n; k++) {
            leastCarb += p.carb[k] * p.lo[k];
            leastKcal += p.kcal[k] * p.lo[k];
        }
        if (leastCarb > b.carbCeilingG() + MealBands.EPS) {
            return least(p, true) + " alone exceed the meal's " + grams(b.carbCeilingG()) + " g carbohydrate ("
                    + p.conv.word() + ", target " + grams(p.target.carbG()) + " g + tolerance): use less of "
                    + (count(p, true) > 1 ? "them" : "it") + " or allow more carbohydrate";
        }
        if (leastKcal > b.kcalHigh() + MealBands.EPS) {
            return least(p, false) + " alone give " + whole(leastKcal) + " kcal, above the meal's "
                    + whole(b.kcalHigh()) + " kcal (target " + whole(p.target.kcal()) + " kcal + tolerance): use less of "
                    + (count(p, false) > 1 ? "them" : "it");
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
        if (!anyProtein && b.proteinFloorG() > MealBands.EPS) {
            return "no food supplies protein, and the protein floor is " + grams(b.proteinFloorG())
                    + " g: add meat, fish, egg or cheese, or lower the protein floor";
        }
        if (mostProtein < b.proteinFloorG() - MealBands.EPS) {
            return "even at their largest amounts the foods give only " + grams(mostProtein)
                    + " g protein, below the protein floor of " + grams(b.proteinFloorG())
                    + " g: raise a largest amount, add a protein food or lower the protein floor";
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
        if (p.n > 0 && !new MealModel(p, false).ratioBand().proteinFloor().feasible()) {
            return band + " cannot be met with protein above " + grams(b.proteinFloorG())
                    + " g: add a fat source or lower the protein floor";
        }
        if (p.n > 0 && !new MealModel(p, false).ratioBand().proteinFloor().carbohydrateCeiling().feasible()) {
            return band + " and the protein floor of " + grams(b.proteinFloorG())
                    + " g cannot be met with carbohydrate at most " + grams(b.carbCeilingG())
                    + " g: add a food with protein and little carbohydrate, or allow more carbohydrate";
        }
        if (p.n > 0) {
            MealModel most = new MealModel(p, false).ratioBand().proteinFloor().carbohydrateCeiling().energyCap();
            double max = most.energyExtreme(true);
            String kept = "keeping the ratio band, the protein floor and the carbohydrate ceiling, ";
            if (max < b.kcalLow() - MealBands.EPS) {
                return kept + "these foods give at most " + whole(max) + " kcal, below the meal's " + whole(b.kcalLow())
                        + " kcal: raise the largest amount of a fat source or add a food";
            }
            double min = new MealModel(p, false).ratioBand().proteinFloor().carbohydrateCeiling().energyCap()
                    .energyExtreme(false);
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

    private static String least(MealProblem p, boolean carb) {
        List<String> parts = new ArrayList<>();
        for (Ingredient i : p.request.ingredients()) {
            if (!i.counted()) {
                continue;
            }
            double per = carb ? i.food().macrosPer100().carbohydrate(p.conv) : i.food().macrosPer100().kcal(p.conv);
            if (i.min() > 0 && per > 0) {
                parts.add((i.isFixed() ? "" : "at least ") + grams(i.min()) + " " + i.food().unit() + " of "
                        + (i.isFixed() ? "fixed " : "") + i.food().name());
            }
        }
        return parts.size() == 1 ? parts.get(0) : String.join(" and ", parts);
    }

    private static int count(MealProblem p, boolean carb) {
        int c = 0;
        for (Ingredient i : p.request.ingredients()) {
            double per = carb ? i.food().macrosPer100().carbohydrate(p.conv) : i.food().macrosPer100().kcal(p.conv);
            if (i.counted() && i.min() > 0 && per > 0) {
                c++;
            }
        }
        return c;
    }

    private static double kcal(double f, double pr, double c) {
        return 9 * f + 4 * pr + 4 * c;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Grams to one decimal, without a trailing ".0" ("30", "3.8"). */
    static String grams(double g) {
        String s = String.format(Locale.ROOT, "%.1f", g);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static String whole(double kcal) {
        return String.format(Locale.ROOT, "%.0f", kcal);
    }
}
