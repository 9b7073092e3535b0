package org.ketoplan.compose;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Example;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.food.Food;
import org.ketoplan.prescription.MealTarget;

/**
 * Over many random meals (seeded, so a failure repeats): after rounding every band holds and every amount the
 * composer chose is 0 or at least 5 scale steps; and the composer says "no solution" only when an independent
 * judge ({@link FeasibilityOracle}: commons-math3's simplex over the same bands) cannot show a meal exists, and
 * never composes a meal the judge shows cannot exist.
 */
class MealComposerPropertyTest {
    private static final String SEED = "20261130";
    private final MealComposer composer = new MealComposer();

    @Property(tries = 400, seed = SEED)
    void roundedMealKeepsEveryBandOrHasNoSolution(@ForAll("requests") MealRequest request) {
        boolean feasible = FeasibilityOracle.certainlyFeasible(request);
        Statistics.label("oracle").collect(feasible ? "certainly feasible"
                : FeasibilityOracle.certainlyInfeasible(request) ? "certainly infeasible" : "undecided");
        String problem = problem(request, composer::compose, feasible);
        assertNull(problem, problem);
    }

    @Property(tries = 400, seed = SEED)
    @StatisticsReport(onFailureOnly = true)
    void theOracleDecidesEnoughMealsToMatter(@ForAll("requests") MealRequest request) {
        Statistics.label("feasible").collect(FeasibilityOracle.certainlyFeasible(request));
        Statistics.label("feasible").coverage(c -> c.check(true).percentage(p -> p >= 20));
    }

    @Property(tries = 1, seed = SEED)
    void aComposerThatAlwaysSaysNoSolutionFails(@ForAll("hundredRequests") List<MealRequest> meals) {
        // the property must catch a composer that gives up: over seeded meals, one certainly feasible meal
        // answered "no solution" is a failure
        long caught = meals.stream()
                .filter(r -> problem(r, x -> {
                    throw new NoSolutionException("no solution, always");
                }, FeasibilityOracle.certainlyFeasible(r)) != null)
                .count();
        assertTrue(caught > 0, "a composer that always says no solution passed 100 meals");
    }

    @Example
    void theOracleSeesAnEasyMealAndAnImpossibleOne() {
        // 500 kcal at 4:1 with 10 g protein from cream, butter, chicken and broccoli: the README's meal (12, 55,
        // 25, 53 g) keeps every band, so a meal exists
        MealRequest easy = new MealRequest(Fixtures.target(500, 4, 10), List.of(Ingredient.free(Fixtures.CREAM),
                Ingredient.free(Fixtures.BUTTER), Ingredient.free(Fixtures.CHICKEN),
                Ingredient.free(Fixtures.BROCCOLI)), 1, Tolerances.DEFAULT);
        assertTrue(FeasibilityOracle.certainlyFeasible(easy));
        // broccoli alone: ratio 0.37 / (2.82 + 4.04) = 0.05, never 4:1
        MealRequest none = new MealRequest(Fixtures.target(500, 4, 10), List.of(Ingredient.free(Fixtures.BROCCOLI)),
                1, Tolerances.DEFAULT);
        assertTrue(FeasibilityOracle.certainlyInfeasible(none));
    }

    /** What is wrong with {@code composer}'s answer to {@code request}, or null. */
    private static String problem(MealRequest request, java.util.function.Function<MealRequest, ComposedMeal> composer,
                                  boolean certainlyFeasible) {
        ComposedMeal m;
        try {
            m = composer.apply(request);
        } catch (NoSolutionException e) {
            return certainlyFeasible ? "no solution for a meal the oracle shows exists: " + request : null;
        }
        if (FeasibilityOracle.certainlyInfeasible(request)) {
            return "a meal for a request the oracle shows has none: " + m;
        }
        for (Band b : m.checks()) {
            if (!b.holds()) {
                return b + " in " + m;
            }
        }
        for (int k = 0; k < m.portions().size(); k++) {
            Portion p = m.portions().get(k);
            Ingredient i = request.ingredients().get(k);
            double steps = p.amount() / request.step();
            if (Math.abs(Math.rint(steps) - steps) > 1e-6) {
                return p.food().id() + " is not a whole number of steps";
            }
            if (p.amount() < i.min() - 1e-9 || p.amount() > i.max() + 1e-9) {
                return p + " outside " + i;
            }
            if (p.counted() && !i.isFixed() && p.amount() != 0 && p.amount() < 5 * request.step() - 1e-9) {
                return p + " is below the smallest weighable amount, 5 steps";
            }
        }
        return null;
    }

    @Provide
    Arbitrary<List<MealRequest>> hundredRequests() {
        return requests().list().ofSize(100);
    }

    @Provide
    Arbitrary<MealRequest> requests() {
        Arbitrary<MealTarget> targets = Combinators.combine(
                Arbitraries.doubles().between(150, 1200),
                Arbitraries.doubles().between(1.5, 5).ofScale(1),
                Arbitraries.doubles().between(1.0, 2.0).ofScale(2)).as((kcal, r, proteinPer100) -> {
                    double units = kcal / (9 * r + 4);
                    double protein = Math.min(kcal * proteinPer100 / 100, units * 0.9);
                    return Fixtures.target(kcal, r, protein);
                });
        Arbitrary<Food> fat = Arbitraries.of(Fixtures.BUTTER, Fixtures.CREAM, Fixtures.OIL);
        Arbitrary<Food> other = Arbitraries.oneOf(Arbitraries.of(Fixtures.CHICKEN, Fixtures.BROCCOLI, Fixtures.EGG,
                Fixtures.ONION), randomFood());
        Arbitrary<List<Food>> others = other.list().ofMinSize(2).ofMaxSize(5).uniqueElements(Food::id);
        Arbitrary<Double> step = Arbitraries.of(1.0, 0.1);
        return Combinators.combine(targets, fat, others, step).as((t, f, os, s) -> {
            List<Ingredient> ingredients = new ArrayList<>();
            ingredients.add(Ingredient.free(f));
            for (Food o : os) {
                if (!o.id().equals(f.id())) {
                    ingredients.add(Ingredient.free(o));
                }
            }
            return new MealRequest(t, ingredients, s, Tolerances.DEFAULT);
        });
    }

    /** A plausible food: fat 0..40, protein 0..30, carbohydrate 0..20 per 100 g, fibre up to a third of it. */
    private Arbitrary<Food> randomFood() {
        return Combinators.combine(Arbitraries.integers().between(0, 9999),
                Arbitraries.doubles().between(0, 40).ofScale(2), Arbitraries.doubles().between(0, 30).ofScale(2),
                Arbitraries.doubles().between(0, 20).ofScale(2), Arbitraries.doubles().between(0, 0.33))
                .as((id, f, p, c, fibreShare) -> Fixtures.food("random-" + id, "Random food " + id, f, p, c,
                        Math.round(c * fibreShare * 100) / 100.0));
    }
}
