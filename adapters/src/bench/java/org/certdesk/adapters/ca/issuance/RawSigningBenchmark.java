package org.certdesk.adapters.ca.issuance;

import org.certdesk.adapters.ca.crypto.CaSignatures;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyFactory;
import org.certdesk.adapters.ca.hierarchy.KeyFamily;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JVM's ceiling: java.security.Signature alone, with the algorithm the CA signs leaves with,
 * over a byte array the size of a leaf's to-be-signed certificate, from the JDK's provider and
 * from the one the CA uses (CaSignatures: Amazon Corretto Crypto Provider where it loads).
 * Everything end-to-end issuance adds shows up as the gap to this.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Thread)
public class RawSigningBenchmark {

    /** A DV leaf's TBS is 0.7 to 1.1 KB (an RSA subscriber key is the larger); hashing it is a few microseconds either way. */
    private static final int TBS_BYTES = 1024;

    @Param({"EC_P256", "RSA_2048"})
    public String issuer;

    @Param({"jdk", "ca"})
    public String provider;

    private Signature signature;
    private final byte[] toBeSigned = new byte[TBS_BYTES];

    @Setup
    public void setUp() throws GeneralSecurityException {
        KeyFamily family = "EC_P256".equals(issuer) ? KeyFamily.EC : KeyFamily.RSA;
        KeyPair issuerKeys = family == KeyFamily.EC ? CaHierarchyFactory.ecKeyPair("secp256r1") : CaHierarchyFactory.rsaKeyPair();
        signature = "ca".equals(provider) ? CaSignatures.signature(family.leafSignatureAlgorithm())
                : Signature.getInstance(family.leafSignatureAlgorithm());
        signature.initSign(issuerKeys.getPrivate());
        ThreadLocalRandom.current().nextBytes(toBeSigned);
    }

    @Benchmark
    @Threads(1)
    public byte[] oneThread() throws GeneralSecurityException {
        return sign();
    }

    /** Shows what two cores give the bare signature, so end-to-end scaling can be read against it. */
    @Benchmark
    @Threads(2)
    public byte[] twoThreads() throws GeneralSecurityException {
        return sign();
    }

    private byte[] sign() throws GeneralSecurityException {
        signature.update(toBeSigned);
        return signature.sign();
    }
}
