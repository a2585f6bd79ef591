package org.certdesk.adapters.ca.issuance;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** End-to-end issuance through the real CA adapter into the embedded MariaDB, on one and on two threads. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class IssuanceBenchmark {

    @Benchmark
    @Threads(1)
    public String oneThread(RunningCa ca) {
        return ca.issueOne();
    }

    @Benchmark
    @Threads(2)
    public String twoThreads(RunningCa ca) {
        return ca.issueOne();
    }
}
