package org.ketoplan.compose;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.prescription.MealTarget;

/**
 * An independent judge of whether a meal request has amounts in whole scale steps that keep every band, written
 * from the bands' definitions (design.md, "The composer as a linear program"; {@link Tolerances}) and solved by a
 * different method than the composer's: commons-math3's simplex, not ojAlgo and no rounding search.
 *
 * <p>{@link #certainlyFeasible}: every counted free food at least 5 steps (the smallest weighable amount), and
 * every band tightened by the most that rounding each amount to the nearest step can move it (half a step of
 * each food's coefficient). If that linear program has a solution, rounding it to the nearest steps keeps every
 * band, so a meal exists and "no solution" is wrong. {@link #certainlyInfeasible}: the bands over any
 * non-negative amounts (no steps) have no solution, so no meal exists and a composed meal would be wrong.
 * Between the two the oracle does not decide.
 */
final class FeasibilityOracle {
    private FeasibilityOracle() {
    }

    /** True when amounts in whole steps, each free food at least 5 steps, surely keep every band. */
    static boolean certainlyFeasible(MealRequest request) {
        return solvable(request, true);
    }

    /** True when no non-negative amounts at all keep the bands. */
    static boolean certainlyInfeasible(MealRequest request) {
        return !solvable(request, false);
    }

    private static boolean solvable(MealRequest r, boolean onTheGrid) {
        MealTarget t = r.target();
        CarbConvention conv = t.carbs();
        Tolerances tol = r.tolerances();
        List<Ingredient> foods = r.ingredients();
        int n = foods.size();
        double[] fat = new double[n];
        double[] protein = new double[n];
        double[] carb = new double[n];
        double[] kcal = new double[n];
        double richestCarbPerStep = 0;
        for (int i = 0; i < n; i++) {
            Macros perGram = foods.get(i).food().macros(1);
            boolean counted = foods.get(i).counted();
            fat[i] = counted ? perGram.fatG() : 0;
            protein[i] = counted ? perGram.proteinG() : 0;
            carb[i] = counted ? perGram.carbohydrate(conv) : 0;
            kcal[i] = 9 * fat[i] + 4 * protein[i] + 4 * carb[i];
            if (counted && !foods.get(i).isFixed()) {
                richestCarbPerStep = Math.max(richestCarbPerStep, carb[i] * r.step());
            }
        }
        double carbCeiling = t.carbG() + (tol.carbAboveG() != null ? tol.carbAboveG() : richestCarbPerStep);
        double rl = t.ratio() - tol.ratio();
        double rh = t.ratio() + tol.ratio();
        double[] ratioLow = new double[n];
        double[] ratioHigh = new double[n];
        for (int i = 0; i < n; i++) {
            ratioLow[i] = fat[i] - rl * (protein[i] + carb[i]);
            ratioHigh[i] = fat[i] - rh * (protein[i] + carb[i]);
        }
        double half = onTheGrid ? r.step() / 2 : 0;
        List<LinearConstraint> rows = new ArrayList<>();
        rows.add(row(ratioLow, Relationship.GEQ, 0 + slack(ratioLow, half)));
        rows.add(row(ratioHigh, Relationship.LEQ, 0 - slack(ratioHigh, half)));
        rows.add(row(kcal, Relationship.GEQ, t.kcal() * (1 - tol.energyFraction()) + slack(kcal, half)));
        rows.add(row(kcal, Relationship.LEQ, t.kcal() * (1 + tol.energyFraction()) - slack(kcal, half)));
        rows.add(row(protein, Relationship.GEQ, t.proteinG() * (1 - tol.proteinFraction()) + slack(protein, half)));
        rows.add(row(protein, Relationship.LEQ, t.proteinG() * (1 + tol.proteinFraction()) - slack(protein, half)));
        rows.add(row(carb, Relationship.LEQ, carbCeiling - slack(carb, half)));
        for (int i = 0; i < n; i++) {
            Ingredient in = foods.get(i);
            double[] unit = new double[n];
            unit[i] = 1;
            double least = in.min();
            if (onTheGrid && !in.isFixed() && in.counted()) {
                least = Math.max(least, 5 * r.step()); // the smallest weighable amount, on the grid
            }
            rows.add(new LinearConstraint(unit, Relationship.GEQ, least));
            if (!Double.isInfinite(in.max())) {
                rows.add(new LinearConstraint(unit, Relationship.LEQ, in.max()));
            }
        }
        try {
            new SimplexSolver().optimize(new MaxIter(10_000), new LinearObjectiveFunction(new double[n], 0),
                    new LinearConstraintSet(rows), new NonNegativeConstraint(true));
            return true;
        } catch (NoFeasibleSolutionException e) {
            return false;
        } catch (UnboundedSolutionException e) {
            return true;
        }
    }

    private static LinearConstraint row(double[] coefficients, Relationship r, double bound) {
        return new LinearConstraint(coefficients.clone(), r, bound);
    }

    /** The most rounding each amount to the nearest step can move the row: half a step of every coefficient. */
    private static double slack(double[] coefficients, double halfStep) {
        double s = 0;
        for (double c : coefficients) {
            s += Math.abs(c) * halfStep;
        }
        return s;
    }
}
