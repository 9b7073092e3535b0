package org.ketoplan.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.compose.ComposedMeal;
import org.ketoplan.compose.MealComposer;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.plan.ComposedRecipe;
import org.ketoplan.plan.RecipeMeal;
import org.ketoplan.plan.RecipeMeals;
import org.ketoplan.plan.SlotRules;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.PatientFile;
import org.ketoplan.prescription.Prescriber;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.RecipeLibrary;
import org.ketoplan.recipe.Recipes;
import org.ketoplan.recipe.Slot;
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
 * The composer over every shipped recipe for every slot of three children's plans, each at the initiation ramp's
 * ratios 1:1, 2:1, 3:1 and 4:1 too: every (recipe, slot target) pair where the recipe suits the slot and the age.
 * Two workloads, each composed once in its setup, which prints how many pairs compose and how many reached the
 * mixed-integer fallback; the benchmark cycles over the pairs that compose, no cache, one thread: ops/s = composed
 * meals a second on one core.
 *
 * <ul>
 *   <li>{@code composeEveryRecipe}: the same workload before and after issue 10, for comparison: 3 months 6 kg on
 *       six feeds at 3:1 (each feed on its own), 9 months 8 kg on four meals at 4:1, 2 years 12 kg on four meals
 *       and a 2:1 snack at 3:1 (explicit meals), the composer with its fallback, no caps.</li>
 *   <li>{@code composePlannerSlots}: what the planner composes now: the three children with their default meal
 *       patterns (six feeds; four feeds and three meals; four meals), the day's feeds as one batch, the child's caps,
 *       the composer without the fallback. The guard: for every pair the rounding cannot compose (its "fall between
 *       the scale's steps" answer) the integer program is run too, and the setup fails when it finds a meal the
 *       rounding missed.</li>
 * </ul>
 *
 * <p>Run: {@code mvn -q -Pbench package -DskipTests && java -jar target/benchmarks.jar RecipeSlotsBenchmark}.
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class RecipeSlotsBenchmark {
    /** The three children, as patient files (explicit meals, so every version of the planner reads them alike). */
    static final List<String> PATIENTS = List.of("""
            name: Three months
            age_months: 3
            weight_kg: 6
            prescription:
              ratio: 3
              meals: [{name: feed 1}, {name: feed 2}, {name: feed 3}, {name: feed 4}, {name: feed 5}, {name: feed 6}]
            """, """
            name: Nine months
            age_months: 9
            weight_kg: 8
            prescription:
              ratio: 4
              meals: [{name: breakfast}, {name: lunch}, {name: tea}, {name: dinner}]
            """, """
            name: Two years
            age_months: 24
            weight_kg: 12
            prescription:
              ratio: 3
              meals: [{name: breakfast}, {name: lunch}, {name: tea}, {name: dinner}]
              snacks: [{name: snack, kcal: 100, ratio: 2}]
            """);

    /** The workload of before issue 10 (see the class comment). */
    @State(Scope.Benchmark)
    public static class Legacy {
        private FoodDatabase foods;
        private final MealComposer composer = new MealComposer();
        private final List<Recipe> recipes = new ArrayList<>();
        private final List<MealTarget> targets = new ArrayList<>();
        private int next;

        @Setup
        public void load() {
            foods = FoodDatabases.shipped();
            RecipeLibrary library = Recipes.shipped();
            int pairs = 0;
            int failed = 0;
            List<String> fallback = new ArrayList<>();
            for (String yaml : PATIENTS) {
                Patient p = PatientFile.read("bench.yaml", yaml.getBytes(StandardCharsets.UTF_8));
                for (DailyPrescription rx : Prescriber.ramp(p, LocalDate.of(2026, 12, 1),
                        List.of(1.0, 2.0, 3.0, 4.0))) {
                    List<MealTarget> slots = rx.slots();
                    int meals = rx.meals().size();
                    for (int k = 0; k < slots.size(); k++) {
                        MealTarget t = slots.get(k);
                        Slot s = SlotRules.slot(t.name(), k >= meals, k, meals, rx.ageMonths());
                        for (Recipe r : library.all()) {
                            if (!r.suits(s) || !r.suitsAge(rx.ageMonths())) {
                                continue;
                            }
                            pairs++;
                            long t0 = System.nanoTime();
                            try {
                                ComposedMeal m = RecipeMeals.request(r, t, foods, 1, Tolerances.DEFAULT)
                                        .compose(composer).meal();
                                if (!"rounded".equals(m.method())) {
                                    fallback.add(describe(p, rx, t, r, t0));
                                }
                                recipes.add(r);
                                targets.add(t);
                            } catch (NoSolutionException e) {
                                failed++;
                                if (e.getMessage().contains("fall between the scale's")) {
                                    fallback.add(describe(p, rx, t, r, t0) + " (no answer)");
                                }
                            }
                        }
                    }
                }
            }
            System.out.println("pairs " + pairs + ", composed " + recipes.size() + ", no solution " + failed
                    + ", through the integer fallback " + fallback.size());
            fallback.forEach(f -> System.out.println("  fallback: " + f));
        }

        static String describe(Patient p, DailyPrescription rx, MealTarget t, Recipe r, long t0) {
            return p.name() + " " + t.name() + " " + Math.round(t.kcal()) + " kcal at " + rx.prescribedRatio()
                    + ":1, " + r.id() + ", " + (System.nanoTime() - t0) / 1_000_000 + " ms";
        }
    }

    /** One recipe composed to one slot's target, cycling over every pair that composes; no cache. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ComposedRecipe composeEveryRecipe(Legacy s) {
        int k = s.next;
        s.next = (k + 1) % s.recipes.size();
        RecipeMeal m = RecipeMeals.request(s.recipes.get(k), s.targets.get(k), s.foods, 1, Tolerances.DEFAULT);
        return m.compose(s.composer);
    }

    /** One recipe composed to one of the planner's slot targets (or a day's feeds), cycling; no cache. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ComposedRecipe composePlannerSlots(PlannerSlots s) {
        int k = s.next;
        s.next = (k + 1) % s.requests.size();
        return s.requests.get(k).compose(s.composer);
    }
}
