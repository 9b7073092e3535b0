package org.ketoplan.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Energy;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.prescription.MealTarget;

/**
 * A request in numbers, as the linear program and the rounding search see it: the foods the composer may vary
 * (counted, not fixed), measured in scale steps, their fat, protein, carbohydrate and kcal per step, their bounds in
 * steps, the fixed foods' totals, and the objective both share.
 *
 * <p>Objective (smaller is better), in kcal over the target kcal: {@link #TARGET_WEIGHT} x (9 |fat - target| +
 * 4 |protein - target| + 4 |carbohydrate - target|), plus the deviation from the preferred proportions:
 * sum |kcal_i x_i - s w_i| at the best scale s, where w_i = kcal of the food's preferred amount (recipe amounts,
 * scaled together by s) or, when no food has a preferred amount, w_i = 1 (equal energy from every food).
 */
final class MealProblem {
    /** How much more a kcal of deviation from the fat, protein and carbohydrate targets weighs than one of proportion. */
    static final double TARGET_WEIGHT = 1000;

    final MealRequest request;
    final MealBands bands;
    final MealTarget target;
    final CarbConvention conv;
    final double step;
    /** The foods the composer varies, in request order. */
    final List<Ingredient> variable = new ArrayList<>();
    final int n;
    final double[] fat;
    final double[] protein;
    final double[] carb;
    final double[] kcal;
    /** Bounds in steps; {@code hi} may be infinite. */
    final double[] lo;
    final double[] hi;
    /** Proportion weights w_i; zero for a food outside the proportion set (no kcal, or no preferred amount). */
    final double[] share;
    final double fixedFat;
    final double fixedProtein;
    final double fixedCarb;

    MealProblem(MealRequest request) {
        this.request = request;
        this.bands = MealBands.of(request);
        this.target = request.target();
        this.conv = target.carbs();
        this.step = request.step();
        Macros fixed = Macros.ZERO;
        boolean anyPreferred = false;
        for (Ingredient i : request.ingredients()) {
            if (!i.counted()) {
                continue;
            }
            if (i.isFixed()) {
                fixed = fixed.plus(i.food().macros(i.min()));
            } else {
                variable.add(i);
                anyPreferred |= i.preferred() != null;
            }
        }
        n = variable.size();
        fat = new double[n];
        protein = new double[n];
        carb = new double[n];
        kcal = new double[n];
        lo = new double[n];
        hi = new double[n];
        share = new double[n];
        for (int k = 0; k < n; k++) {
            Ingredient i = variable.get(k);
            Macros m = i.food().macros(step);
            fat[k] = m.fatG();
            protein[k] = m.proteinG();
            carb[k] = m.carbohydrate(conv);
            kcal[k] = Energy.kcal(fat[k], protein[k], carb[k]);
            lo[k] = Math.ceil(i.min() / step - 1e-9);
            hi[k] = Double.isInfinite(i.max()) ? Double.POSITIVE_INFINITY : Math.floor(i.max() / step + 1e-9);
            if (kcal[k] > 0) {
                if (!anyPreferred) {
                    share[k] = 1;
                } else if (i.preferred() != null) {
                    share[k] = kcal[k] * i.preferred() / step;
                }
            }
        }
        fixedFat = fixed.fatG();
        fixedProtein = fixed.proteinG();
        fixedCarb = fixed.carbohydrate(conv);
    }

    /** Fat of the whole counted meal with {@code y} steps of each variable food. */
    double fat(double[] y) {
        return fixedFat + dot(fat, y);
    }

    double protein(double[] y) {
        return fixedProtein + dot(protein, y);
    }

    double carb(double[] y) {
        return fixedCarb + dot(carb, y);
    }

    /** How far {@code y} lies outside the bands (zero inside). */
    double violation(double[] y) {
        return bands.violation(fat(y), protein(y), carb(y));
    }

    /** The objective at {@code y} (see the class comment). */
    double objective(double[] y) {
        double k = Math.max(1, target.kcal());
        double dev = 9 * Math.abs(fat(y) - target.fatG()) + 4 * Math.abs(protein(y) - target.proteinG())
                + 4 * Math.abs(carb(y) - target.carbG());
        return TARGET_WEIGHT * dev / k + proportionDeviation(y) / k;
    }

    /** min over s of sum |kcal_i y_i - s w_i|: s is the weighted median of kcal_i y_i / w_i with weights w_i. */
    double proportionDeviation(double[] y) {
        int m = 0;
        double[][] pairs = new double[n][];
        double total = 0;
        for (int k = 0; k < n; k++) {
            if (share[k] > 0) {
                pairs[m++] = new double[] {kcal[k] * y[k] / share[k], share[k]};
                total += share[k];
            }
        }
        if (m == 0) {
            return 0;
        }
        double[][] sorted = Arrays.copyOf(pairs, m);
        Arrays.sort(sorted, (a, b) -> Double.compare(a[0], b[0]));
        double s = sorted[m - 1][0];
        double run = 0;
        for (double[] p : sorted) {
            run += p[1];
            if (run >= total / 2) {
                s = p[0];
                break;
            }
        }
        double dev = 0;
        for (int k = 0; k < n; k++) {
            if (share[k] > 0) {
                dev += Math.abs(kcal[k] * y[k] - s * share[k]);
            }
        }
        return dev;
    }

    private static double dot(double[] a, double[] y) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * y[k];
        }
        return s;
    }
}
