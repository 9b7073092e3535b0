package org.ketoplan.compose;

import java.util.Optional;

/**
 * Turns the linear program's optimum into whole scale steps that keep every band, without a mixed-integer solver:
 * first every floor/ceiling combination of the amounts (for up to {@link #MAX_ENUMERATED} foods; beyond that the
 * nearest step), then local moves of one food by one step, or of two foods by one step each in opposite
 * directions, taken while they improve (fewer band violations first, then the objective of {@link MealProblem}).
 * Deterministic: ties keep the first candidate in a fixed order.
 */
final class Rounding {
    /** Up to this many varied foods, all 2^n floor/ceiling combinations are tried (64 for 6 foods). */
    static final int MAX_ENUMERATED = 8;
    /** Rounds of local moves at most (each strictly improves, so this only bounds pathological cases). */
    static final int MAX_ROUNDS = 200;

    private final MealProblem p;

    Rounding(MealProblem problem) {
        this.p = problem;
    }

    /** Whole steps near {@code relaxed} that keep every band, or empty when the neighbourhood has none. */
    Optional<long[]> round(double[] relaxed) {
        int n = p.n;
        double[] best = null;
        double bestViolation = Double.POSITIVE_INFINITY;
        double bestObjective = Double.POSITIVE_INFINITY;
        double[] y = new double[n];
        double[] floor = new double[n];
        for (int k = 0; k < n; k++) {
            floor[k] = clamp(k, Math.floor(relaxed[k] + 1e-9));
        }
        if (n <= MAX_ENUMERATED) {
            for (int mask = 0; mask < (1 << n); mask++) {
                boolean distinct = true;
                for (int k = 0; k < n; k++) {
                    boolean up = (mask & (1 << k)) != 0;
                    double v = up ? clamp(k, floor[k] + 1) : floor[k];
                    if (up && (v == floor[k] || relaxed[k] - floor[k] < 1e-9)) {
                        distinct = false; // same point as with this bit clear, or the amount was whole already
                    }
                    y[k] = v;
                }
                if (!distinct) {
                    continue;
                }
                double viol = p.violation(y);
                double obj = p.objective(y);
                if (better(viol, obj, bestViolation, bestObjective)) {
                    best = y.clone();
                    bestViolation = viol;
                    bestObjective = obj;
                }
            }
        } else {
            for (int k = 0; k < n; k++) {
                y[k] = clamp(k, Math.rint(relaxed[k]));
            }
            best = y.clone();
            bestViolation = p.violation(y);
            bestObjective = p.objective(y);
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double[] move = null;
            double moveViolation = bestViolation;
            double moveObjective = bestObjective;
            for (int i = 0; i < n; i++) {
                for (int j = -1; j < n; j++) { // j = -1: move food i alone
                    if (j == i) {
                        continue;
                    }
                    for (int dir = -1; dir <= 1; dir += 2) {
                        double[] c = best.clone();
                        c[i] += dir;
                        if (j >= 0) {
                            c[j] -= dir;
                        }
                        if (!inBounds(c, i) || (j >= 0 && !inBounds(c, j))) {
                            continue;
                        }
                        double viol = p.violation(c);
                        double obj = p.objective(c);
                        if (better(viol, obj, moveViolation, moveObjective)) {
                            move = c;
                            moveViolation = viol;
                            moveObjective = obj;
                        }
                    }
                }
            }
            if (move == null) {
                break;
            }
            best = move;
            bestViolation = moveViolation;
            bestObjective = moveObjective;
        }
        if (bestViolation > 0) {
            return Optional.empty();
        }
        long[] steps = new long[n];
        for (int k = 0; k < n; k++) {
            steps[k] = Math.round(best[k]);
        }
        return Optional.of(steps);
    }

    private static boolean better(double viol, double obj, double bestViol, double bestObj) {
        if (Math.abs(viol - bestViol) > 1e-12) {
            return viol < bestViol;
        }
        return obj < bestObj - 1e-12;
    }

    private boolean inBounds(double[] c, int k) {
        return c[k] >= p.lo[k] && c[k] <= p.hi[k];
    }

    private double clamp(int k, double v) {
        return Math.max(p.lo[k], Math.min(p.hi[k], v));
    }
}
