package org.ketoplan.compose;

import java.util.Optional;

/**
 * Turns the linear program's optimum into whole scale steps that keep every band, without a mixed-integer solver.
 *
 * <ol>
 *   <li>Start: each food in request order goes to the step just below or just above its optimum, whichever keeps
 *       the running error in fat, protein and carbohydrate (in kcal) smaller, so the errors of the foods cancel
 *       instead of adding up. An optional food below its smallest weighable amount goes to 0 or to that amount.</li>
 *   <li>Local moves, taken while they improve (fewer band violations first, then the objective of
 *       {@link MealProblem} with the proportions' scale fixed at the optimum's): the best move of one food by one
 *       step (0 and the smallest weighable amount are one step apart); when none improves, the best move of two
 *       foods by one step each.</li>
 *   <li>A second start from the nearest steps, when the first ends outside a band.</li>
 *   <li>When both end outside a band: every combination of amounts within {@link #BOX_STEPS} steps of the optimum
 *       (0 and the smallest weighable amount included for an optional food), as long as there are at most
 *       {@link #MAX_BOX} combinations (the box narrows until there are; with many foods it is skipped).</li>
 * </ol>
 * Every candidate is scored from running totals in constant time, so a round of single moves costs O(n) and one of
 * pair moves O(n^2) for n foods; the rounds are few and bounded by {@link #maxRounds}; the box is the bounded last
 * resort of a meal that is hard to round. Deterministic: ties keep the first candidate in a fixed order.
 */
final class Rounding {
    /** How many steps either side of the optimum the box search looks. */
    static final int BOX_STEPS = 5;
    /** The most combinations the box search scores. */
    static final int MAX_BOX = 20_000;

    private final MealProblem p;
    private final int n;
    /** The proportions' scale s, fixed at the optimum's (see {@link MealProblem#proportionScale}). */
    private double scale;
    private final double kcalTarget;

    // the current amounts and their running totals
    private double[] y;
    private double fat;
    private double protein;
    private double carb;
    private double weight;
    private double proportion;
    private double viol;
    private double obj;

    // the box search's best combination so far
    private double[] best;
    private double bestViol;
    private double bestObj;

    Rounding(MealProblem problem) {
        this.p = problem;
        this.n = problem.n;
        this.kcalTarget = Math.max(1, problem.target.kcal());
    }

    /** At most this many improving rounds (each strictly improves; this only bounds pathological cases). */
    int maxRounds() {
        return 20 + 4 * n;
    }

    /** Whole steps near {@code relaxed} that keep every band, or empty when the neighbourhood has none. */
    Optional<long[]> round(double[] relaxed) {
        scale = p.proportionScale(relaxed);
        double[] first = search(diffused(relaxed));
        if (viol == 0) {
            return Optional.of(steps(first));
        }
        double[] second = search(nearest(relaxed));
        if (viol == 0) {
            return Optional.of(steps(second));
        }
        return box(relaxed).map(Rounding::steps);
    }

    /** Step 3: the best allowed combination within the box around {@code relaxed} that keeps every band, if any. */
    private Optional<double[]> box(double[] relaxed) {
        for (int r = BOX_STEPS; r >= 1; r--) {
            double[][] values = new double[n][];
            long combinations = 1;
            for (int k = 0; k < n && combinations <= MAX_BOX; k++) {
                values[k] = around(k, relaxed[k], r);
                combinations *= values[k].length;
            }
            if (combinations <= MAX_BOX) {
                best = null;
                bestViol = Double.POSITIVE_INFINITY;
                bestObj = Double.POSITIVE_INFINITY;
                enumerate(values, 0, new double[n], p.fixedFat, p.fixedProtein, p.fixedCarb, p.fixedWeight, 0);
                return bestViol == 0 ? Optional.of(best) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private void enumerate(double[][] values, int k, double[] y, double f, double pr, double c, double w,
                           double prop) {
        if (k == n) {
            double v = p.bands.violation(f, pr, c, w);
            double o = p.targetDeviation(f, pr, c) + prop / kcalTarget;
            if (better(v, o, bestViol, bestObj)) {
                best = y.clone();
                bestViol = v;
                bestObj = o;
            }
            return;
        }
        for (double v : values[k]) {
            y[k] = v;
            double dev = p.share[k] > 0 ? Math.abs(p.kcal[k] * v - scale * p.share[k]) : 0;
            enumerate(values, k + 1, y, f + p.fat[k] * v, pr + p.protein[k] * v, c + p.carb[k] * v,
                    w + p.step * v, prop + dev);
        }
    }

    /** The allowed amounts of food {@code k} within {@code r} steps of {@code v}, with 0 when it may be left out. */
    private double[] around(int k, double v, int r) {
        java.util.TreeSet<Double> out = new java.util.TreeSet<>();
        for (double x = Math.floor(v) - r; x <= Math.ceil(v) + r; x++) {
            if (p.allowed(k, x)) {
                out.add(x);
            }
        }
        if (p.allowed(k, 0)) {
            out.add(0.0);
        }
        if (p.allowed(k, p.least[k])) {
            out.add(p.least[k]);
        }
        if (out.isEmpty()) {
            out.add(clamp(k, v));
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Step 1: floor or ceiling per food, keeping the running kcal error of fat, protein and carbohydrate small. */
    private double[] diffused(double[] relaxed) {
        double[] start = new double[n];
        double ef = 0;
        double ep = 0;
        double ec = 0;
        for (int k = 0; k < n; k++) {
            double down = below(k, relaxed[k]);
            double up = above(k, relaxed[k]);
            double dDown = down - relaxed[k];
            double dUp = up - relaxed[k];
            double errDown = Math.abs(ef + 9 * p.fat[k] * dDown) + Math.abs(ep + 4 * p.protein[k] * dDown)
                    + Math.abs(ec + 4 * p.carb[k] * dDown);
            double errUp = Math.abs(ef + 9 * p.fat[k] * dUp) + Math.abs(ep + 4 * p.protein[k] * dUp)
                    + Math.abs(ec + 4 * p.carb[k] * dUp);
            boolean goUp = errUp < errDown - 1e-12 || (Math.abs(errUp - errDown) <= 1e-12 && -dDown > dUp);
            double d = goUp ? dUp : dDown;
            start[k] = goUp ? up : down;
            ef += 9 * p.fat[k] * d;
            ep += 4 * p.protein[k] * d;
            ec += 4 * p.carb[k] * d;
        }
        return start;
    }

    /** The nearest allowed step to each optimum. */
    private double[] nearest(double[] relaxed) {
        double[] start = new double[n];
        for (int k = 0; k < n; k++) {
            double down = below(k, relaxed[k]);
            double up = above(k, relaxed[k]);
            start[k] = up - relaxed[k] < relaxed[k] - down ? up : down;
        }
        return start;
    }

    /** The largest allowed amount at or below {@code v} (the least allowed when none is below). */
    private double below(int k, double v) {
        double f = clamp(k, Math.floor(v + 1e-9));
        if (f > 0 && f < p.least[k]) {
            f = p.lo[k] > 0 ? clamp(k, p.least[k]) : 0;
        }
        return f;
    }

    /** The smallest allowed amount at or above {@code v} (the largest allowed when none is above). */
    private double above(int k, double v) {
        double c = clamp(k, Math.ceil(v - 1e-9));
        if (c > 0 && c < p.least[k]) {
            c = Math.min(p.hi[k], p.least[k]);
        }
        return c;
    }

    private double clamp(int k, double v) {
        return Math.max(p.lo[k], Math.min(p.hi[k], v));
    }

    /** Step 2: local moves from {@code start}; leaves the end point's violation and objective in the fields. */
    private double[] search(double[] start) {
        load(start);
        for (int round = 0; round < maxRounds(); round++) {
            if (!bestSingleMove() && !bestPairMove()) {
                break;
            }
        }
        return y;
    }

    private void load(double[] start) {
        y = start.clone();
        fat = p.fat(y);
        protein = p.protein(y);
        carb = p.carb(y);
        weight = p.weight(y);
        proportion = p.proportionDeviation(y, scale);
        viol = p.bands.violation(fat, protein, carb, weight);
        obj = p.targetDeviation(fat, protein, carb) + proportion / kcalTarget;
    }

    /** The amount one move up (+1) or down (-1) from {@code v}, or NaN when there is none. */
    private double moved(int k, double v, int dir) {
        double to = v + dir;
        if (dir > 0 && v == 0 && p.least[k] > 1) {
            to = p.least[k];
        } else if (dir < 0 && v == p.least[k] && p.least[k] > 1 && p.lo[k] == 0) {
            to = 0;
        }
        return p.allowed(k, to) ? to : Double.NaN;
    }

    private boolean bestSingleMove() {
        int bestK = -1;
        double bestTo = 0;
        double bv = viol;
        double bo = obj;
        for (int k = 0; k < n; k++) {
            for (int dir = -1; dir <= 1; dir += 2) {
                double to = moved(k, y[k], dir);
                if (Double.isNaN(to)) {
                    continue;
                }
                double d = to - y[k];
                double f = fat + p.fat[k] * d;
                double pr = protein + p.protein[k] * d;
                double c = carb + p.carb[k] * d;
                double w = weight + p.step * d;
                double v = p.bands.violation(f, pr, c, w);
                double o = p.targetDeviation(f, pr, c) + (proportion + propChange(k, to)) / kcalTarget;
                if (better(v, o, bv, bo)) {
                    bestK = k;
                    bestTo = to;
                    bv = v;
                    bo = o;
                }
            }
        }
        if (bestK < 0) {
            return false;
        }
        apply(bestK, bestTo);
        return true;
    }

    private boolean bestPairMove() {
        int bi = -1;
        int bj = -1;
        double bti = 0;
        double btj = 0;
        double bv = viol;
        double bo = obj;
        for (int i = 0; i < n; i++) {
            for (int di = -1; di <= 1; di += 2) {
                double ti = moved(i, y[i], di);
                if (Double.isNaN(ti)) {
                    continue;
                }
                double a = ti - y[i];
                double fi = fat + p.fat[i] * a;
                double pi = protein + p.protein[i] * a;
                double ci = carb + p.carb[i] * a;
                double wi = weight + p.step * a;
                double propI = proportion + propChange(i, ti);
                for (int j = i + 1; j < n; j++) {
                    for (int dj = -1; dj <= 1; dj += 2) {
                        double tj = moved(j, y[j], dj);
                        if (Double.isNaN(tj)) {
                            continue;
                        }
                        double b = tj - y[j];
                        double f = fi + p.fat[j] * b;
                        double pr = pi + p.protein[j] * b;
                        double c = ci + p.carb[j] * b;
                        double v = p.bands.violation(f, pr, c, wi + p.step * b);
                        double o = p.targetDeviation(f, pr, c) + (propI + propChange(j, tj)) / kcalTarget;
                        if (better(v, o, bv, bo)) {
                            bi = i;
                            bj = j;
                            bti = ti;
                            btj = tj;
                            bv = v;
                            bo = o;
                        }
                    }
                }
            }
        }
        if (bi < 0) {
            return false;
        }
        apply(bi, bti);
        apply(bj, btj);
        return true;
    }

    /** The change of the proportion deviation when food {@code k} goes to {@code to}. */
    private double propChange(int k, double to) {
        if (p.share[k] <= 0) {
            return 0;
        }
        double target = scale * p.share[k];
        return Math.abs(p.kcal[k] * to - target) - Math.abs(p.kcal[k] * y[k] - target);
    }

    private void apply(int k, double to) {
        double d = to - y[k];
        proportion += propChange(k, to);
        y[k] = to;
        fat += p.fat[k] * d;
        protein += p.protein[k] * d;
        carb += p.carb[k] * d;
        weight += p.step * d;
        viol = p.bands.violation(fat, protein, carb, weight);
        obj = p.targetDeviation(fat, protein, carb) + proportion / kcalTarget;
    }

    private static boolean better(double viol, double obj, double bestViol, double bestObj) {
        if (Math.abs(viol - bestViol) > 1e-12) {
            return viol < bestViol;
        }
        return obj < bestObj - 1e-12;
    }

    private static long[] steps(double[] y) {
        long[] steps = new long[y.length];
        for (int k = 0; k < y.length; k++) {
            steps[k] = Math.round(y[k]);
        }
        return steps;
    }
}
