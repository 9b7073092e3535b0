package org.ketoplan.compose;

import java.util.Optional;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The composer's linear program in ojAlgo, built one constraint family at a time, each named as a dietitian would:
 * food bounds, ratio band, energy band, protein band, carbohydrate ceiling, meal weight; then the objective (nearest
 * to the targets, then to the preferred proportions).
 *
 * <p>Variables: y_i = amount of food i in scale steps (x_i = step x y_i), for the foods the composer varies; the
 * fixed foods' contents are moved to the right-hand sides. With {@code whole} the y_i are integers and each optional
 * food gets a yes/no variable z_i with least_i z_i <= y_i <= most_i z_i (the smallest weighable amount; the generic
 * mixed-integer fallback); otherwise it is the relaxation the rounding search starts from, in which an optional food
 * may take any amount from 0.
 */
final class MealModel {
    static {
        OjAlgo.quiet();
    }

    /**
     * Branch and bound stops after this long (ms) with the best amounts found so far, which are then checked
     * against every band like any other; it is the rare fallback, and 6 foods at 0.1 g can take seconds.
     */
    static final long INTEGER_TIME_LIMIT_MS = 5_000;
    /** The fallback's own limit inside {@link MealComposer#compose}: it is then only the rare last resort (ms). */
    static final long FALLBACK_TIME_LIMIT_MS = 300;

    private final MealProblem p;
    private final ExpressionsBasedModel model = new ExpressionsBasedModel();
    private final Variable[] y;

    /** A model with the food bounds and no other constraint or objective yet. */
    MealModel(MealProblem problem, boolean whole) {
        this(problem, whole, INTEGER_TIME_LIMIT_MS);
    }

    /** A model as {@link #MealModel(MealProblem, boolean)} whose branch and bound stops after {@code timeLimitMs}. */
    MealModel(MealProblem problem, boolean whole, long timeLimitMs) {
        this.p = problem;
        this.y = new Variable[p.n];
        for (int k = 0; k < p.n; k++) {
            y[k] = model.addVariable("amount " + p.variable.get(k).food().id()).integer(whole);
        }
        if (whole) {
            model.options.time_abort = timeLimitMs;
        }
        foodBounds();
        if (whole) {
            smallestWeighableAmounts();
        }
    }

    /** Every family and the objective: the model the composer solves. */
    static MealModel complete(MealProblem problem, boolean whole) {
        return complete(problem, whole, INTEGER_TIME_LIMIT_MS);
    }

    /** Every family and the objective, branch and bound limited to {@code timeLimitMs}. */
    static MealModel complete(MealProblem problem, boolean whole, long timeLimitMs) {
        return new MealModel(problem, whole, timeLimitMs).ratioBand().energyBand().proteinBand()
                .carbohydrateCeiling().mealWeight().nearestToTargets().preferredProportions();
    }

    /** Food bounds: each food from its least to its largest amount, in whole steps inside the bounds given. */
    private void foodBounds() {
        for (int k = 0; k < p.n; k++) {
            y[k].lower(p.lo[k]);
            if (!Double.isInfinite(p.hi[k])) {
                y[k].upper(p.hi[k]);
            }
        }
    }

    /**
     * Smallest weighable amounts, for integer amounts only: each optional food is off (z = 0, y = 0) or on
     * (least <= y <= most). A food without a largest amount is bounded by ten times the energy band's top.
     */
    private void smallestWeighableAmounts() {
        for (int k = 0; k < p.n; k++) {
            if (p.least[k] <= 1 || p.hi[k] == 0) {
                continue;
            }
            double most = !Double.isInfinite(p.hi[k]) ? p.hi[k]
                    : p.kcal[k] > 0 ? Math.ceil(10 * Math.max(1, p.bands.kcalHigh()) / p.kcal[k]) : 1e6;
            String id = p.variable.get(k).food().id();
            Variable on = model.addVariable("weighed " + id).binary();
            model.addExpression("at least the smallest weighable amount of " + id).set(y[k], 1)
                    .set(on, -p.least[k]).lower(0);
            model.addExpression("nothing of " + id + " unless weighed").set(y[k], 1).set(on, -most).upper(0);
        }
    }

    /**
     * Ratio band, written linearly: sum (f_i - (R - t)(p_i + c_i)) x_i >= 0 and sum (f_i - (R + t)(p_i + c_i)) x_i
     * <= 0, fixed foods included.
     */
    MealModel ratioBand() {
        double low = p.bands.ratioLow();
        double high = p.bands.ratioHigh();
        Expression atLeast = model.addExpression("ratio band low");
        Expression atMost = model.addExpression("ratio band high");
        for (int k = 0; k < p.n; k++) {
            atLeast.set(y[k], p.fat[k] - low * (p.protein[k] + p.carb[k]));
            atMost.set(y[k], p.fat[k] - high * (p.protein[k] + p.carb[k]));
        }
        atLeast.lower(-(p.fixedFat - low * (p.fixedProtein + p.fixedCarb)));
        atMost.upper(-(p.fixedFat - high * (p.fixedProtein + p.fixedCarb)));
        return this;
    }

    /** The lower side of the ratio band alone (for the diagnosis: is there enough fat?). */
    MealModel ratioBandLow() {
        double low = p.bands.ratioLow();
        Expression atLeast = model.addExpression("ratio band low");
        for (int k = 0; k < p.n; k++) {
            atLeast.set(y[k], p.fat[k] - low * (p.protein[k] + p.carb[k]));
        }
        atLeast.lower(-(p.fixedFat - low * (p.fixedProtein + p.fixedCarb)));
        return this;
    }

    /** Energy band: (1 - e) K <= sum kcal_i x_i <= (1 + e) K (9/4/4, carbohydrate by the convention). */
    MealModel energyBand() {
        Expression e = model.addExpression("energy band");
        for (int k = 0; k < p.n; k++) {
            e.set(y[k], p.kcal[k]);
        }
        double fixed = 9 * p.fixedFat + 4 * p.fixedProtein + 4 * p.fixedCarb;
        e.lower(p.bands.kcalLow() - fixed).upper(p.bands.kcalHigh() - fixed);
        return this;
    }

    /** Protein band: the floor <= sum p_i x_i <= the ceiling. */
    MealModel proteinBand() {
        return proteinFloor().proteinCeiling();
    }

    /** The lower side of the protein band alone: sum p_i x_i >= the floor. */
    MealModel proteinFloor() {
        Expression e = model.addExpression("protein band low");
        for (int k = 0; k < p.n; k++) {
            e.set(y[k], p.protein[k]);
        }
        e.lower(p.bands.proteinLowG() - p.fixedProtein);
        return this;
    }

    /** The upper side of the protein band alone: sum p_i x_i <= the ceiling. */
    MealModel proteinCeiling() {
        Expression e = model.addExpression("protein band high");
        for (int k = 0; k < p.n; k++) {
            e.set(y[k], p.protein[k]);
        }
        e.upper(p.bands.proteinHighG() - p.fixedProtein);
        return this;
    }

    /** Meal weight: step x sum y_i <= the largest meal less the fixed foods (nothing when there is no cap). */
    MealModel mealWeight() {
        if (Double.isInfinite(p.bands.maxMealG())) {
            return this;
        }
        Expression e = model.addExpression("meal weight");
        for (int k = 0; k < p.n; k++) {
            e.set(y[k], p.step);
        }
        e.upper(p.bands.maxMealG() - p.fixedWeight);
        return this;
    }

    /** Carbohydrate ceiling: sum c_i x_i <= the ceiling. */
    MealModel carbohydrateCeiling() {
        Expression e = model.addExpression("carbohydrate ceiling");
        for (int k = 0; k < p.n; k++) {
            e.set(y[k], p.carb[k]);
        }
        e.upper(p.bands.carbCeilingG() - p.fixedCarb);
        return this;
    }

    /**
     * Nearest to the targets: deviation variables d+ and d- for fat, protein and carbohydrate, weighted by their kcal
     * per gram (9, 4, 4) times {@link MealProblem#TARGET_WEIGHT}, over the target kcal.
     */
    MealModel nearestToTargets() {
        double scale = MealProblem.TARGET_WEIGHT / Math.max(1, p.target.kcal());
        deviation("fat", p.fat, p.target.fatG() - p.fixedFat, 9 * scale);
        deviation("protein", p.protein, p.target.proteinG() - p.fixedProtein, 4 * scale);
        deviation("carbohydrate", p.carb, p.target.carbG() - p.fixedCarb, 4 * scale);
        return this;
    }

    private void deviation(String what, double[] content, double level, double weight) {
        Variable over = model.addVariable(what + " over target").lower(0).weight(weight);
        Variable under = model.addVariable(what + " under target").lower(0).weight(weight);
        Expression e = model.addExpression(what + " target");
        for (int k = 0; k < p.n; k++) {
            e.set(y[k], content[k]);
        }
        e.set(over, -1).set(under, 1).level(level);
    }

    /**
     * Preferred proportions: kcal_i x_i - s w_i = e+_i - e-_i for each food in the proportion set, with a free scale
     * s >= 0, minimising sum (e+_i + e-_i) over the target kcal (see {@link MealProblem}).
     */
    MealModel preferredProportions() {
        double weight = 1 / Math.max(1, p.target.kcal());
        Variable s = null;
        for (int k = 0; k < p.n; k++) {
            if (p.share[k] <= 0) {
                continue;
            }
            if (s == null) {
                s = model.addVariable("proportion scale").lower(0);
            }
            String id = p.variable.get(k).food().id();
            Variable over = model.addVariable("above proportion " + id).lower(0).weight(weight);
            Variable under = model.addVariable("below proportion " + id).lower(0).weight(weight);
            model.addExpression("proportion " + id).set(y[k], p.kcal[k]).set(s, -p.share[k]).set(over, -1)
                    .set(under, 1).level(0);
        }
        return this;
    }

    /** A cap of ten times the energy band's top, so that maximising energy stays bounded (for the diagnosis). */
    MealModel energyCap() {
        Expression e = model.addExpression("energy cap");
        for (int k = 0; k < p.n; k++) {
            e.set(y[k], p.kcal[k]);
        }
        e.upper(10 * Math.max(1, p.bands.kcalHigh()));
        return this;
    }

    /** The most ({@code most}) or least kcal the meal can have under the families added so far, fixed foods included. */
    double energyExtreme(boolean most) {
        return extreme(p.kcal, 9 * p.fixedFat + 4 * p.fixedProtein + 4 * p.fixedCarb, most);
    }

    /** The most carbohydrate the meal can have under the families added so far, fixed foods included. */
    double mostCarbohydrate() {
        return extreme(p.carb, p.fixedCarb, true);
    }

    private double extreme(double[] perStep, double fixed, boolean most) {
        for (int k = 0; k < p.n; k++) {
            y[k].weight(most ? -perStep[k] : perStep[k]);
        }
        Optional<double[]> r = solve();
        if (r.isEmpty()) {
            return most ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double total = fixed;
        for (int k = 0; k < p.n; k++) {
            total += perStep[k] * r.get()[k];
        }
        return total;
    }

    /** True when the families added so far can all be met. */
    boolean feasible() {
        return solve().isPresent();
    }

    /** Adds {@code weight} x (steps of food {@code k}) to the objective (for tests of one family on its own). */
    MealModel weigh(int k, double weight) {
        y[k].weight(weight);
        return this;
    }

    /** The amounts in steps at the optimum, or empty when the constraints cannot all be met. */
    Optional<double[]> solve() {
        Optimisation.Result r = model.minimise();
        Optimisation.State state = r.getState();
        if (!state.isFeasible() || state == Optimisation.State.UNBOUNDED) {
            return Optional.empty();
        }
        double[] amounts = new double[p.n];
        for (int k = 0; k < p.n; k++) {
            amounts[k] = Math.max(0, r.doubleValue(k)); // the amounts are the model's first variables
        }
        return Optional.of(amounts);
    }
}
