package org.ketoplan.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.prescription.MealTarget;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rounding search alone, from the linear program's optimum (solved once in the setup) to whole grams, for the
 * meal of {@code MealComposerScalingBenchmark} with 4, 8, 16 and 32 foods: how its cost grows with the number of
 * foods, apart from the linear program's. Also the time-boxed integer fallback as {@link MealComposer#compose}
 * reaches it: a meal whose bands (ratio +-0.01, kcal +-0.1 %, protein +-2 %) no whole grams keep.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RoundingBenchmark {
    /** The same 32 SR24 foods as the scaling benchmark, in the same order. */
    static final List<String> IDS = List.of("01053", "01001", "05064", "11090", "01123", "04053", "01125", "09037",
            "01017", "01009", "15076", "11206", "11477", "09316", "09302", "04047", "01116", "11135", "11457",
            "12061", "01036", "01012", "13497", "10219", "11429", "11282", "09003", "09040", "11507", "01145",
            "04582", "01077");

    @Param({"4", "8", "16", "32"})
    public int foods;

    private MealProblem problem;
    private double[] relaxed;
    private MealRequest hard;
    private final MealComposer composer = new MealComposer();

    @Setup
    public void build() {
        FoodDatabase db = FoodDatabases.shipped();
        List<Ingredient> ingredients = new ArrayList<>();
        for (String id : IDS.subList(0, foods)) {
            Food f = db.byId(id).orElseThrow(() -> new IllegalStateException("no food " + id));
            ingredients.add(Ingredient.free(f));
        }
        MealTarget target = MealTarget.of("meal", 500, 4, 10, CarbConvention.NET);
        problem = new MealProblem(new MealRequest(target, ingredients, 1, Tolerances.DEFAULT));
        relaxed = MealModel.complete(problem, false).solve().orElseThrow();
        if (new Rounding(problem).round(relaxed).isEmpty()) {
            throw new IllegalStateException(foods + " foods do not round");
        }
        hard = new MealRequest(target, ingredients.subList(0, 4), 1, new Tolerances(0.01, 0.001, 0.02, null));
    }

    /** The rounding search from the optimum. */
    @Benchmark
    public Optional<long[]> round() {
        return new Rounding(problem).round(relaxed);
    }

    /** A meal no whole grams keep: the rounding, the decisions and the fallback, stopped after its time limit. */
    @Benchmark
    public String fallback() {
        try {
            return composer.compose(hard).method();
        } catch (org.ketoplan.common.NoSolutionException e) {
            return e.getMessage();
        }
    }
}
