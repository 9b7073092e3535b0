package org.ketoplan.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ketoplan.compose.MealComposer;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.plan.ComposedRecipe;
import org.ketoplan.plan.CompositionCache;
import org.ketoplan.plan.ExamplePatient;
import org.ketoplan.plan.MenuPlanner;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.RecipeMeal;
import org.ketoplan.plan.RecipeMeals;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.prescription.Prescriber;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.RecipeLibrary;
import org.ketoplan.recipe.Recipes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The planner's throughput, in process, on the shipped foods and recipes for the example infant (9 months, 8 kg,
 * 4:1; by the default pattern for 6-11 months, four feeds and three meals; until issue 10, four 160 kcal meals).
 *
 * <ul>
 *   <li>{@code composeRecipeMeal}: one recipe composed to one meal's target without the cache (a recipe to request,
 *       the linear program and the rounding search), cycling over every recipe that composes for the example's
 *       meals; one thread, so ops/s = composed meals per second per core. Target: at least 5,000.</li>
 *   <li>{@code plan28Days}: a whole 28-day plan with a fresh composition cache each time (each distinct recipe and
 *       target composed once), in ms.</li>
 * </ul>
 * Run: {@code mvn -q -o -Pbench package -DskipTests && java -jar target/benchmarks.jar PlannerBenchmark}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PlannerBenchmark {
    private FoodDatabase foods;
    private RecipeLibrary recipes;
    private final MealComposer composer = new MealComposer();
    private final List<Recipe> meals = new ArrayList<>();
    private final List<MealTarget> targets = new ArrayList<>();
    private int next;

    @Setup
    public void load() {
        foods = FoodDatabases.shipped();
        recipes = Recipes.shipped();
        DailyPrescription rx = Prescriber.prescribe(ExamplePatient.read(), LocalDate.of(2026, 12, 1));
        CompositionCache probe = new CompositionCache(foods, false);
        for (MealTarget t : rx.meals()) {
            for (Recipe r : recipes.filter(null, (double) rx.ageMonths())) {
                if (probe.get(r, t, 1, Tolerances.DEFAULT).ok()) {
                    meals.add(r);
                    targets.add(t);
                }
            }
        }
        if (meals.isEmpty()) {
            throw new IllegalStateException("no recipe composes for the example");
        }
    }

    /** One recipe composed to one meal, no cache. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ComposedRecipe composeRecipeMeal() {
        int k = next;
        next = (k + 1) % meals.size();
        RecipeMeal m = RecipeMeals.request(meals.get(k), targets.get(k), foods, 1, Tolerances.DEFAULT);
        return m.compose(composer);
    }

    /** A 28-day plan for the example infant, compositions cached within the plan. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Plan plan28Days() {
        return new MenuPlanner(foods, recipes).plan(ExamplePatient.read(), new MenuPlanner.Settings(
                LocalDate.of(2026, 12, 1), 28, 1, 1, Tolerances.DEFAULT));
    }
}
