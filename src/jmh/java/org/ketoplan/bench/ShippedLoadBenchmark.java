package org.ketoplan.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.food.FoodTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the shipped database in a JVM that has just started, as every CLI command does: one shot per fresh fork.
 * Target: {@code shipped} well under 300 ms, so that {@code ketoplan food search cream} stays under 0.5 s with JVM
 * start. {@code usdaTable} is the CSV parse alone (both tables, read from memory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ShippedLoadBenchmark {
    private byte[] foods;
    private byte[] measures;

    @Setup
    public void read() throws IOException {
        foods = resource("/foods/" + FoodDatabases.USDA_FOODS);
        measures = resource("/foods/" + FoodDatabases.USDA_MEASURES);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ShippedLoadBenchmark.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    /** {@link FoodDatabases#shipped()} in a fresh JVM: USDA tables, keto products, search index. */
    @Benchmark
    public FoodDatabase shipped() {
        return FoodDatabases.shipped();
    }

    /** {@link FoodTable#read} of the USDA foods and measures in a fresh JVM. */
    @Benchmark
    public List<Food> usdaTable() {
        return FoodTable.read("foods", new InputStreamReader(new ByteArrayInputStream(foods), StandardCharsets.UTF_8),
                "measures", new InputStreamReader(new ByteArrayInputStream(measures), StandardCharsets.UTF_8),
                "bench");
    }
}
