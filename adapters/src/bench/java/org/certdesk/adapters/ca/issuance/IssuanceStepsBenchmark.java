package org.certdesk.adapters.ca.issuance;

import org.certdesk.adapters.ca.csr.BouncyCastleCsrInspector;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyKeeper;
import org.certdesk.adapters.ca.hierarchy.Serials;
import org.certdesk.adapters.ca.hierarchy.SigningCa;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.certdesk.application.port.CsrInspector.InspectedCsr;
import org.certdesk.adapters.ca.issuance.IssuedCertificateStore.StoredLeaf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where end-to-end issuance spends its time, step by step, for when IssuanceBenchmark falls short
 * of the raw signing loop: the CSR checks alone and the one INSERT (its own transaction) alone.
 * The two signatures per issuance (the lint copy and the real one) are RawSigningBenchmark's.
 * Not part of the table: run it with run-benchmarks.sh IssuanceStepsBenchmark.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
public class IssuanceStepsBenchmark {

    @Benchmark
    public InspectedCsr csrParseAndChecks(RunningCa ca) {
        return ca.bean(BouncyCastleCsrInspector.class).inspect(ca.csrPem(), ca.names());
    }

    /** The same row issuance writes, with a fresh certificate id and serial each time; the PEMs are the CA's own. */
    @Benchmark
    public StoredLeaf persistOnly(RunningCa ca) {
        long id = ca.nextCertificateId();
        SigningCa issuer = ca.bean(CaHierarchyKeeper.class).hierarchy().ecIssuer();
        Instant now = Instant.now();
        return ca.bean(IssuedCertificateStore.class).insertOrGetExisting(new StoredLeaf(Serials.hex(Serials.random()), id,
                Long.toHexString(id), issuer.id(), issuer.pem(), issuer.pem(), now, now, now));
    }
}
