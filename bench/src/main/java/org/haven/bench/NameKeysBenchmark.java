package org.haven.bench;

import org.haven.linkage.NameKeys;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * How fast a name in each script becomes a search key: this runs for every name saved and every
 * search typed, so it bounds how quickly a large import or a bulk re-key can go.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NameKeysBenchmark {

    @Param({"Žaneta Łukasiewicz-Kowalska", "Олександр Шевченко", "محمد الحسن", "Nguyễn Thị Minh Khai"})
    public String name;

    @Benchmark
    public String searchKey() {
        return NameKeys.searchKey(name);
    }

    @Benchmark
    public String script() {
        return NameKeys.scriptOf(name);
    }
}
