package org.ketoplan.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.nutrition.Ratio;

/**
 * Composes a meal: the amount of each food, in whole scale steps, that keeps the ratio band, the energy band, the
 * protein floor and the carbohydrate ceiling, nearest to the fat, protein and carbohydrate targets and then to the
 * preferred proportions.
 *
 * <p>How: the linear program of {@link MealModel}; its optimum rounded to steps by {@link Rounding} (floor/ceiling
 * combinations, then local moves); only if that finds nothing, the same model with integer amounts (ojAlgo's
 * branch and bound). When no amounts exist, {@link Diagnosis} names the blocking constraint and a fix. The same
 * request always gives the same answer. Thread-safe (no state).
 */
public final class MealComposer {

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
        if (steps.isPresent()) {
            return meal(p, steps.get(), "rounded");
        }
        return integerProgram(p);
    }

    /**
     * The meal found by the generic mixed-integer program alone (no rounding search): the slow baseline the
     * benchmark compares {@link #compose} with. Same bands and objective.
     *
     * @throws NoSolutionException as {@link #compose}
     */
    public ComposedMeal composeByIntegerProgram(MealRequest request) {
        MealProblem p = new MealProblem(request);
        if (p.n == 0) {
            return fixedOnly(p);
        }
        if (MealModel.complete(p, false).solve().isEmpty()) {
            throw Diagnosis.explain(p);
        }
        return integerProgram(p);
    }

    private static ComposedMeal integerProgram(MealProblem p) {
        Optional<double[]> whole = MealModel.complete(p, true).solve();
        if (whole.isPresent()) {
            long[] steps = new long[p.n];
            for (int k = 0; k < p.n; k++) {
                steps[k] = Math.round(whole.get()[k]);
            }
            if (p.violation(toDouble(steps)) == 0) {
                return meal(p, steps, "integer");
            }
        }
        throw new NoSolutionException("the amounts that keep every band fall between the scale's "
                + Ratio.plain(p.step) + " " + "g steps: weigh to a finer step (0.1 g), widen the ratio or kcal "
                + "tolerance, or add a food");
    }

    private static ComposedMeal fixedOnly(MealProblem p) {
        if (p.violation(new double[0]) > 0) {
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
