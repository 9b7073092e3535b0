package org.ketoplan.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.food.Food;
import org.ketoplan.prescription.MealTarget;

/**
 * Over many random meals: after rounding every band holds and every amount the composer chose is 0 or at least 5
 * scale steps, or the composer says there is no solution.
 */
class MealComposerPropertyTest {
    private final MealComposer composer = new MealComposer();

    @Property(tries = 400)
    void roundedMealKeepsEveryBandOrHasNoSolution(@ForAll("requests") MealRequest request) {
        ComposedMeal m;
        try {
            m = composer.compose(request);
        } catch (NoSolutionException e) {
            Statistics.collect("no solution: " + e.getMessage().replaceAll("[0-9.]+", "#").substring(0, 40));
            return;
        }
        Statistics.collect(m.method());
        for (Band b : m.checks()) {
            assertTrue(b.holds(), b + " in " + m);
        }
        for (int k = 0; k < m.portions().size(); k++) {
            Portion p = m.portions().get(k);
            Ingredient i = request.ingredients().get(k);
            double steps = p.amount() / request.step();
            assertEquals(Math.rint(steps), steps, 1e-6, p.food().id() + " is not a whole number of steps");
            assertTrue(p.amount() >= i.min() - 1e-9 && p.amount() <= i.max() + 1e-9, p + " outside " + i);
            if (p.counted() && !i.isFixed()) {
                assertTrue(p.amount() == 0 || p.amount() >= 5 * request.step() - 1e-9,
                        p + " is below the smallest weighable amount, 5 steps");
            }
        }
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
