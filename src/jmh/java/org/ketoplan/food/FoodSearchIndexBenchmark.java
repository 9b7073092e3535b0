package org.ketoplan.food;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * One search over the whole shipped database (about 8,900 foods) without the cache: the ranking itself, 20
 * results. Target: median under 1 ms a query. (Here, in the food package, because the index is package-private;
 * {@code org.ketoplan.bench.FoodSearchBenchmark} measures the cached path through the public database.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FoodSearchIndexBenchmark {
    @Param({"cream", "heavy cream", "chicken breast roasted", "egg yolk"})
    public String query;

    private FoodSearch index;

    @Setup
    public void load() {
        index = new FoodSearch(new ArrayList<>(FoodDatabases.shipped().all()));
    }

    @Benchmark
    public List<SearchHit> search() {
        return index.search(query, 20);
    }
}
