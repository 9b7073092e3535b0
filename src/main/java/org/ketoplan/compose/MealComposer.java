package org.ketoplan.compose;

import org.ketoplan.nutrition.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketoplan.common.NoSolutionException;

/**
 * Composes a meal: the amount of each food, in whole scale steps and never below the smallest weighable amount,
 * that keeps the ratio band, the energy band, the protein band, the carbohydrate ceiling and the meal weight,
 * nearest to the fat, protein and carbohydrate targets and then to the preferred proportions.
 *
 * <p>How: the linear program of {@link MealModel}; its optimum rounded to steps by {@link Rounding}. When that
 * finds nothing and some optional foods sit below their smallest weighable amount, each such food is decided (left
 * out, or given at least that amount; every combination up to {@link #MAX_DECIDED} foods, nearest first), the
 * linear program solved again and rounded again; then each optional food it left out is tried at its smallest
 * weighable amount. Only if that too finds
 * nothing, the same model with integer amounts (ojAlgo's branch and bound), stopped after
 * {@link MealModel#FALLBACK_TIME_LIMIT_MS} ms. When no amounts exist, {@link Diagnosis} names the blocking
 * constraint and a fix. The same request always gives the same answer. Thread-safe (no state).
 */
public final class MealComposer {
    /** Up to this many optional foods below their smallest weighable amount, every left-out/weighed choice is tried. */
    static final int MAX_DECIDED = 4;

    private final boolean integerFallback;

    /** A composer with the mixed-integer fallback. */
    public MealComposer() {
        this(true);
    }

    /**
     * A composer with or without the mixed-integer fallback ({@code false}: the linear program and the rounding
     * search only; a meal they cannot round fails as if no amounts existed between the steps).
     */
    public MealComposer(boolean integerFallback) {
        this.integerFallback = integerFallback;
    }

    /**
     * The meal for {@code request}.
     *
     * @throws NoSolutionException naming the blocking constraint and a fix, when no amounts in whole steps keep
     *     every band
     */
    public ComposedMeal compose(MealRequest request) {
        MealProblem p = new MealProblem(request);
        if (p.n == 0) {
            return fixedOnly(p);
        }
        Optional<double[]> relaxed = MealModel.complete(p, false).solve();
        if (relaxed.isEmpty()) {
            throw Diagnosis.explain(p);
        }
        Optional<long[]> steps = new Rounding(p).round(relaxed.get());
        if (steps.isPresent() && p.violation(toDouble(steps.get())) == 0) {
            return meal(p, steps.get(), "rounded");
        }
        Optional<ComposedMeal> decided = decideOptionalFoods(p, relaxed.get());
        if (decided.isPresent()) {
            return decided.get();
        }
        if (!integerFallback) {
            throw between(p);
        }
        return integerProgram(p, MealModel.FALLBACK_TIME_LIMIT_MS);
    }

    /**
     * The meal found by the generic mixed-integer program alone (no rounding search): the slow baseline the
     * benchmark compares {@link #compose} with. Same bands and objective.
     *
     * @throws NoSolutionException as {@link #compose}
     */
    public ComposedMeal composeByIntegerProgram(MealRequest request) {
        return composeByIntegerProgram(request, MealModel.INTEGER_TIME_LIMIT_MS);
    }

    /**
     * As {@link #composeByIntegerProgram(MealRequest)}, branch and bound stopped after {@code timeLimitMs} with the
     * best amounts found so far (checked against every band like any other).
     *
     * @throws NoSolutionException as {@link #compose}
     */
    public ComposedMeal composeByIntegerProgram(MealRequest request, long timeLimitMs) {
        MealProblem p = new MealProblem(request);
        if (p.n == 0) {
            return fixedOnly(p);
        }
        if (MealModel.complete(p, false).solve().isEmpty()) {
            throw Diagnosis.explain(p);
        }
        return integerProgram(p, timeLimitMs);
    }

    /**
     * When the rounding finds nothing and some optional foods sit between 0 and their smallest weighable amount in
     * the linear program's answer: each such food decided, left out or weighed (at least that amount), the program
     * solved again and rounded again. Up to {@link #MAX_DECIDED} foods every combination is tried, nearest first
     * (each food to its nearer side, then one food changed, then two, ...); beyond that only the nearest.
     */
    private static Optional<ComposedMeal> decideOptionalFoods(MealProblem p, double[] relaxed) {
        int[] foods = p.undecided(relaxed);
        if (foods.length == 0) {
            return switchOn(p, relaxed);
        }
        int nearest = 0;
        for (int i = 0; i < foods.length; i++) {
            if (relaxed[foods[i]] >= p.least[foods[i]] / 2) {
                nearest |= 1 << i;
            }
        }
        List<Integer> masks = new ArrayList<>();
        if (foods.length > MAX_DECIDED) {
            masks.add(nearest);
        } else {
            for (int m = 0; m < (1 << foods.length); m++) {
                masks.add(m);
            }
            final int from = nearest;
            masks.sort(java.util.Comparator.comparingInt(m -> Integer.bitCount(m ^ from)));
        }
        for (int mask : masks) {
            Optional<ComposedMeal> m = solveAndRound(p.decided(foods, mask));
            if (m.isPresent()) {
                return m;
            }
        }
        return switchOn(p, relaxed);
    }

    /**
     * The last try before the integer program: each optional food the linear program left out, in request order,
     * given at least its smallest weighable amount, the program solved and rounded again (a food that only helps in
     * whole weighable amounts, such as 10 g of cream beside less butter).
     */
    private static Optional<ComposedMeal> switchOn(MealProblem p, double[] relaxed) {
        for (int k = 0; k < p.n; k++) {
            if (p.least[k] > 1 && p.lo[k] == 0 && p.hi[k] >= p.least[k] && relaxed[k] <= 1e-9) {
                Optional<ComposedMeal> m = solveAndRound(p.decided(new int[] {k}, 1));
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ComposedMeal> solveAndRound(MealProblem d) {
        Optional<double[]> relaxed = MealModel.complete(d, false).solve();
        if (relaxed.isPresent()) {
            Optional<long[]> steps = new Rounding(d).round(relaxed.get());
            if (steps.isPresent() && d.violation(toDouble(steps.get())) == 0) {
                return Optional.of(meal(d, steps.get(), "rounded"));
            }
        }
        return Optional.empty();
    }

    private static ComposedMeal integerProgram(MealProblem p, long timeLimitMs) {
        Optional<double[]> whole = MealModel.complete(p, true, timeLimitMs).solve();
        if (whole.isPresent()) {
            long[] steps = new long[p.n];
            for (int k = 0; k < p.n; k++) {
                steps[k] = Math.round(whole.get()[k]);
            }
            if (p.violation(toDouble(steps)) == 0) {
                return meal(p, steps, "integer");
            }
        }
        throw between(p);
    }

    private static NoSolutionException between(MealProblem p) {
        return new NoSolutionException("the amounts that keep every band fall between the scale's "
                + Numbers.plain(p.step) + " g steps or below the smallest weighable amount ("
                + Numbers.plain(p.request.limits().minWeighableG(p.step)) + " g): weigh to a finer step (0.1 g), "
                + "widen the ratio, kcal or protein tolerance, or add a food");
    }

    /** A meal of fixed amounts only: judged on its values as printed ({@link MealBands}). */
    private static ComposedMeal fixedOnly(MealProblem p) {
        if (p.violationAsPrinted(new double[0]) > 0) {
            throw Diagnosis.explain(p);
        }
        return meal(p, new long[0], "fixed");
    }

    private static ComposedMeal meal(MealProblem p, long[] steps, String method) {
        List<Portion> portions = new ArrayList<>();
        int k = 0;
        for (Ingredient i : p.request.ingredients()) {
            double amount;
            if (i.counted() && !i.isFixed()) {
                amount = steps[k++] * p.step;
                amount = Math.round(amount * 1e6) / 1e6; // 943 x 0.1 = 94.30000000000001 -> 94.3
            } else {
                amount = i.min();
            }
            portions.add(new Portion(i.food(), amount, i.counted()));
        }
        return new ComposedMeal(portions, p.bands, p.step, method);
    }

    static double[] toDouble(long[] steps) {
        double[] y = new double[steps.length];
        for (int k = 0; k < steps.length; k++) {
            y[k] = steps[k];
        }
        return y;
    }
}
