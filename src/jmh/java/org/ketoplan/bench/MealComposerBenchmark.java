package org.ketoplan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ketoplan.compose.ComposedMeal;
import org.ketoplan.compose.Ingredient;
import org.ketoplan.compose.MealComposer;
import org.ketoplan.compose.MealRequest;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.Basis;
import org.ketoplan.food.Food;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;
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
 * One rounded meal of 4 or 6 foods (500 kcal at 4:1, 10 g protein), at 1 g and at 0.1 g steps. Targets: median
 * at most 0.2 ms at 1 g and 1 ms at 0.1 g. {@code integerProgram} is the generic baseline (ojAlgo's branch and
 * bound on integer amounts) in the same run, so the ratio shows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MealComposerBenchmark {
    @Param({"4", "6"})
    public int foods;

    @Param({"1", "0.1"})
    public double step;

    private final MealComposer composer = new MealComposer();
    private MealRequest request;

    @Setup
    public void build() {
        // USDA SR values per 100 g: 01053 heavy cream, 01001 butter, 05064 roasted chicken breast, 11090 raw
        // broccoli, 01123 raw egg, 04053 olive oil
        List<Food> all = List.of(food("01053", 37.0, 2.05, 2.79, 0), food("01001", 81.11, 0.85, 0.06, 0),
                food("05064", 3.57, 31.02, 0, 0), food("11090", 0.37, 2.82, 6.64, 2.6),
                food("01123", 9.51, 12.56, 0.72, 0), food("04053", 100, 0, 0, 0));
        List<Ingredient> ingredients = new ArrayList<>();
        for (int i = 0; i < foods; i++) {
            ingredients.add(Ingredient.free(all.get(i)));
        }
        request = new MealRequest(MealTarget.of("meal", 500, 4, 10, CarbConvention.NET), ingredients, step,
                Tolerances.DEFAULT);
        composer.compose(request); // fails here, not in the measurement, if the meal has no solution
    }

    /** The composer as shipped: linear program, rounding search, integer program only as a fallback. */
    @Benchmark
    public ComposedMeal rounded() {
        return composer.compose(request);
    }

    /** The generic baseline: the same model with integer amounts, solved by branch and bound. */
    @Benchmark
    public ComposedMeal integerProgram() {
        return composer.composeByIntegerProgram(request);
    }

    private static Food food(String id, double fat, double protein, double carb, double fibre) {
        return new Food(id, id, "bench", Basis.GRAM, Nutrients.builder().set(Nutrient.FAT, fat)
                .set(Nutrient.PROTEIN, protein).set(Nutrient.CARBOHYDRATE, carb).set(Nutrient.FIBRE, fibre).build(),
                List.of(), "USDA SR", "");
    }
}
