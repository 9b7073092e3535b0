package org.ketoplan.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.food.SearchHit;
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
 * A repeated search through the public database, answered by its Caffeine cache (what a person retyping sees).
 * The ranking itself, uncached, is measured by {@code org.ketoplan.food.FoodSearchIndexBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FoodSearchBenchmark {
    @Param({"cream", "heavy cream", "chicken breast roasted", "egg yolk"})
    public String query;

    private FoodDatabase database;

    @Setup
    public void load() {
        database = FoodDatabases.shipped();
    }

    /** The same query again, answered by the cache. */
    @Benchmark
    public List<SearchHit> cached() {
        return database.search(query, 20);
    }
}
