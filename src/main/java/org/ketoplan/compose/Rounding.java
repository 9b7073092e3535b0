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
 *       foods by one step each (to mend a band; to polish a meal already inside them only up to
 *       {@link #POLISH_WITH_PAIRS} foods, so a large meal's search stays near-linear).</li>
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
    /** Up to this many varied foods, paired moves also polish a meal already inside every band. */
    static final int POLISH_WITH_PAIRS = 8;

    private final MealProblem p;
    private final int n;
    /** The proportions' scale s, fixed at the optimum's (see {@link MealProblem#proportionScale}). */
    private double scale;
    private final double kcalTarget;

    // the current amounts and their running totals
    private double[] y;
    private Totals now;

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
        if (now.violation == 0) {
            return Optional.of(steps(first));
        }
        double[] second = search(nearest(relaxed));
        if (now.violation == 0) {
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
                enumerate(values, 0, new double[n], totals(p.fixedFat, p.fixedProtein, p.fixedCarb, p.fixedWeight,
                        p.proportionDeviation(new double[n], scale)));
                return bestViol == 0 ? Optional.of(best) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private void enumerate(double[][] values, int k, double[] y, Totals t) {
        if (k == n) {
            if (better(t.violation, t.objective, bestViol, bestObj)) {
                best = y.clone();
                bestViol = t.violation;
                bestObj = t.objective;
            }
            return;
        }
        for (double v : values[k]) {
            y[k] = v;
            enumerate(values, k + 1, y, moved(t, k, 0, v));
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
            // paired moves mend a band; inside every band they only polish, which a large meal does without
            if (!bestSingleMove() && (now.violation == 0 && n > POLISH_WITH_PAIRS || !bestPairMove())) {
                break;
            }
        }
        return y;
    }

    private void load(double[] start) {
        y = start.clone();
        now = totals(p.fat(y), p.protein(y), p.carb(y), p.weight(y), p.proportionDeviation(y, scale));
    }

    /**
     * A meal's running totals: fat, protein, carbohydrate, weight and proportion deviation, with the violation and
     * objective they give.
     */
    private record Totals(double fat, double protein, double carb, double weight, double proportion,
                          double violation, double objective) {
    }

    private Totals totals(double f, double pr, double c, double w, double prop) {
        return new Totals(f, pr, c, w, prop, p.bands.violation(f, pr, c, w),
                p.targetDeviation(f, pr, c) + prop / kcalTarget);
    }

    /** {@code t} with food {@code k} moved from {@code from} to {@code to} steps. */
    private Totals moved(Totals t, int k, double from, double to) {
        double d = to - from;
        double prop = t.proportion;
        if (p.share[k] > 0) {
            double target = scale * p.share[k];
            prop += Math.abs(p.kcal[k] * to - target) - Math.abs(p.kcal[k] * from - target);
        }
        return totals(t.fat + p.fat[k] * d, t.protein + p.protein[k] * d, t.carb + p.carb[k] * d,
                t.weight + p.step * d, prop);
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
        Totals bestT = now;
        for (int k = 0; k < n; k++) {
            for (int dir = -1; dir <= 1; dir += 2) {
                double to = moved(k, y[k], dir);
                if (!Double.isNaN(to)) {
                    Totals t = moved(now, k, y[k], to);
                    if (better(t, bestT)) {
                        bestK = k;
                        bestTo = to;
                        bestT = t;
                    }
                }
            }
        }
        if (bestK < 0) {
            return false;
        }
        y[bestK] = bestTo;
        now = bestT;
        return true;
    }

    private boolean bestPairMove() {
        int bi = -1;
        int bj = -1;
        double bti = 0;
        double btj = 0;
        Totals bestT = now;
        for (int i = 0; i < n; i++) {
            for (int di = -1; di <= 1; di += 2) {
                double ti = moved(i, y[i], di);
                if (Double.isNaN(ti)) {
                    continue;
                }
                Totals half = moved(now, i, y[i], ti);
                for (int j = i + 1; j < n; j++) {
                    for (int dj = -1; dj <= 1; dj += 2) {
                        double tj = moved(j, y[j], dj);
                        if (!Double.isNaN(tj)) {
                            Totals t = moved(half, j, y[j], tj);
                            if (better(t, bestT)) {
                                bi = i;
                                bj = j;
                                bti = ti;
                                btj = tj;
                                bestT = t;
                            }
                        }
                    }
                }
            }
        }
        if (bi < 0) {
            return false;
        }
        y[bi] = bti;
        y[bj] = btj;
        now = bestT;
        return true;
    }

    private static boolean better(Totals t, Totals best) {
        return better(t.violation, t.objective, best.violation, best.objective);
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
