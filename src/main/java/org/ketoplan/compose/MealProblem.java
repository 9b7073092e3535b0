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
 * steps (the largest amount of one food included), the smallest weighable amount of each optional food, the fixed
 * foods' totals, and the objective both share.
 *
 * <p>Smallest weighable amount ({@link AmountLimits}): an optional food (least amount 0) is 0 or at least
 * {@code least[k]} steps; one whose largest amount is below that is left out ({@code hi = 0}); a food the recipe
 * needs (least amount above 0) has its least amount raised to it when its largest amount allows.
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
    /** The smallest non-zero amount in steps of an optional food (1 when any whole step may be weighed). */
    final double[] least;
    /** Proportion weights w_i; zero for a food outside the proportion set (no kcal, or no preferred amount). */
    final double[] share;
    final double fixedFat;
    final double fixedProtein;
    final double fixedCarb;
    /** The weight of the fixed counted foods, g or ml. */
    final double fixedWeight;

    MealProblem(MealRequest request) {
        this.request = request;
        this.bands = MealBands.of(request);
        this.target = request.target();
        this.conv = target.carbs();
        this.step = request.step();
        Macros fixed = Macros.ZERO;
        double weight = 0;
        boolean anyPreferred = false;
        for (Ingredient i : request.ingredients()) {
            if (!i.counted()) {
                continue;
            }
            if (i.isFixed()) {
                fixed = fixed.plus(i.food().macros(i.min()));
                weight += i.min();
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
        least = new double[n];
        share = new double[n];
        AmountLimits limits = request.limits();
        double minSteps = Math.max(1, Math.ceil(limits.minWeighableG(step) / step - 1e-9));
        double capSteps = limits.maxFoodG() == null ? Double.POSITIVE_INFINITY
                : Math.floor(limits.maxFoodG() / step + 1e-9);
        for (int k = 0; k < n; k++) {
            Ingredient i = variable.get(k);
            Macros m = i.food().macros(step);
            fat[k] = m.fatG();
            protein[k] = m.proteinG();
            carb[k] = m.carbohydrate(conv);
            kcal[k] = Energy.kcal(fat[k], protein[k], carb[k]);
            lo[k] = Math.ceil(i.min() / step - 1e-9);
            hi[k] = Double.isInfinite(i.max()) ? Double.POSITIVE_INFINITY : Math.floor(i.max() / step + 1e-9);
            hi[k] = Math.max(lo[k], Math.min(hi[k], capSteps)); // a recipe's least amount wins over the cap
            least[k] = 1;
            if (lo[k] == 0) {
                if (hi[k] < minSteps) {
                    hi[k] = 0; // it cannot be weighed in an amount this meal allows: left out
                } else {
                    least[k] = minSteps;
                }
            } else if (lo[k] < minSteps && hi[k] >= minSteps) {
                lo[k] = minSteps;
            }
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
        fixedWeight = weight;
    }

    /**
     * The optional foods that lie strictly between 0 and their smallest weighable amount in {@code relaxed}, in
     * request order.
     */
    int[] undecided(double[] relaxed) {
        int[] out = new int[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (least[k] > 1 && relaxed[k] > 1e-9 && relaxed[k] < least[k] - 1e-9) {
                out[m++] = k;
            }
        }
        return Arrays.copyOf(out, m);
    }

    /**
     * This problem with the optional foods {@code foods} decided: food {@code foods[i]} left out when bit i of
     * {@code weighed} is clear, else given at least its smallest weighable amount.
     */
    MealProblem decided(int[] foods, int weighed) {
        MealProblem d = new MealProblem(request);
        for (int i = 0; i < foods.length; i++) {
            int k = foods[i];
            if ((weighed & (1 << i)) == 0) {
                d.hi[k] = 0;
            } else {
                d.lo[k] = least[k];
            }
        }
        return d;
    }

    /** True when {@code y} steps of food {@code k} may be weighed: within its bounds, and 0 or its least amount. */
    boolean allowed(int k, double y) {
        return y >= lo[k] && y <= hi[k] && (y == 0 || y >= least[k]);
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

    /** The weight of the counted foods, g or ml. */
    double weight(double[] y) {
        double s = 0;
        for (double v : y) {
            s += v;
        }
        return fixedWeight + s * step;
    }

    /** How far {@code y} lies outside the exact bands (zero inside). */
    double violation(double[] y) {
        return bands.violation(fat(y), protein(y), carb(y), weight(y));
    }

    /** How far {@code y} lies outside the bands as printed (zero when every band of the meal's check holds). */
    double violationAsPrinted(double[] y) {
        return bands.violation(fat(y), protein(y), carb(y), weight(y), true);
    }

    /** The deviation from the targets in kcal, the first part of the objective (see the class comment). */
    double targetDeviation(double f, double p, double c) {
        double dev = 9 * Math.abs(f - target.fatG()) + 4 * Math.abs(p - target.proteinG())
                + 4 * Math.abs(c - target.carbG());
        return TARGET_WEIGHT * dev / Math.max(1, target.kcal());
    }

    /** The objective at {@code y} (see the class comment). */
    double objective(double[] y) {
        return targetDeviation(fat(y), protein(y), carb(y)) + proportionDeviation(y, proportionScale(y))
                / Math.max(1, target.kcal());
    }

    /** The best scale s for {@code y}: the weighted median of kcal_i y_i / w_i with weights w_i (0 with none). */
    double proportionScale(double[] y) {
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
        double run = 0;
        for (double[] p : sorted) {
            run += p[1];
            if (run >= total / 2) {
                return p[0];
            }
        }
        return sorted[m - 1][0];
    }

    /** sum |kcal_i y_i - s w_i| over the foods with a proportion weight. */
    double proportionDeviation(double[] y, double s) {
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
