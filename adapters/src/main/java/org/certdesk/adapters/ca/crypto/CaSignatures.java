package org.certdesk.adapters.ca.crypto;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.Signature;
import java.util.Optional;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JCA provider of the CA's hot path, the leaf signature and the CSR's proof-of-possession
 * check (issue 13): Amazon Corretto Crypto Provider (AWS-LC) where its native library loads and
 * passes its self-tests, else the JDK's own. Measured beside the JDK's in one JMH run
 * (RawSigningBenchmark): P-256 signing 8 times, RSA-2048 signing 3.6 times as fast
 * (docs/benchmarks.md). Used for these two steps only, not installed JVM-wide, so TLS, the
 * DNSSEC validation and key generation keep the JDK's providers.
 */
public final class CaSignatures {

    /** {@code -Dcertdesk.ca.crypto-provider=jdk} keeps the JDK's provider (e.g. to compare). */
    public static final String CHOICE = "certdesk.ca.crypto-provider";
    private static final Logger log = LoggerFactory.getLogger(CaSignatures.class);
    private static final Optional<Provider> FAST = load();

    private CaSignatures() {
    }

    /** A new, uninitialised Signature for the algorithm, from the fast provider when there is one. */
    public static Signature signature(String algorithm) throws GeneralSecurityException {
        return FAST.isPresent() ? Signature.getInstance(algorithm, FAST.get()) : Signature.getInstance(algorithm);
    }

    /** The provider the two steps use; empty means the JDK's default providers. */
    public static Optional<Provider> provider() {
        return FAST;
    }

    private static Optional<Provider> load() {
        if ("jdk".equalsIgnoreCase(System.getProperty(CHOICE))) {
            log.info("CA signatures use the JDK's providers ({}=jdk)", CHOICE);
            return Optional.empty();
        }
        try {
            AmazonCorrettoCryptoProvider accp = AmazonCorrettoCryptoProvider.INSTANCE;
            accp.assertHealthy();
            log.info("CA signatures use {} {}", accp.getName(), accp.getVersionStr());
            return Optional.of(accp);
        } catch (RuntimeException | LinkageError unavailable) {
            // Not Linux x86-64, or the native library failed its self-tests: slower, still correct.
            log.warn("Amazon Corretto Crypto Provider unavailable ({}); CA signatures use the JDK's providers",
                    unavailable.toString());
            return Optional.empty();
        }
    }
}
