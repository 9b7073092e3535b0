package org.ketoplan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ketoplan.compose.ComposedMeal;
import org.ketoplan.compose.Ingredient;
import org.ketoplan.compose.MealComposer;
import org.ketoplan.compose.MealRequest;
import org.ketoplan.compose.Tolerances;
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
 * How one meal's cost grows with the number of foods offered: 4, 8, 16 and 32 shipped USDA SR24 foods (creams,
 * butters, oils, meats, fish, eggs, cheeses, vegetables, fruit), every one free, composed to 500 kcal at 4:1 with
 * 10 g protein at 1 g steps. The rounding search should grow about linearly; the mixed-integer fallback should not
 * be reached.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MealComposerScalingBenchmark {
    /** 32 SR24 ids in the order they are offered: the first 4 are the README's meal. */
    static final List<String> IDS = List.of("01053", "01001", "05064", "11090", "01123", "04053", "01125", "09037",
            "01017", "01009", "15076", "11206", "11477", "09316", "09302", "04047", "01116", "11135", "11457",
            "12061", "01036", "01012", "13497", "10219", "11429", "11282", "09003", "09040", "11507", "01145",
            "04582", "01077");

    @Param({"4", "8", "16", "32"})
    public int foods;

    private final MealComposer composer = new MealComposer();
    private MealRequest request;

    @Setup
    public void build() {
        FoodDatabase db = FoodDatabases.shipped();
        List<Ingredient> ingredients = new ArrayList<>();
        for (String id : IDS.subList(0, foods)) {
            Food f = db.byId(id).orElseThrow(() -> new IllegalStateException("no food " + id));
            ingredients.add(Ingredient.free(f));
        }
        request = new MealRequest(MealTarget.of("meal", 500, 4, 10, CarbConvention.NET), ingredients, 1,
                Tolerances.DEFAULT);
        ComposedMeal m = composer.compose(request); // fails here, not in the measurement, if there is no meal
        System.out.println(foods + " foods: " + m.method());
    }

    /** One meal of {@code foods} foods. */
    @Benchmark
    public ComposedMeal compose() {
        return composer.compose(request);
    }
}
