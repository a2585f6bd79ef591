package org.certdesk.adapters.ca.issuance;

import org.certdesk.adapters.ca.lint.CertificateLint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.application.port.SubscriberKeyGenerator;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The adapters' Spring context with its embedded MariaDB, started once per trial, and one CSR made
 * by the real console-side key generator for the issuer's key family. Each issuance gets a fresh
 * certificate id, so the CA's exactly-once lookup misses and it really signs and stores.
 */
@State(Scope.Benchmark)
public class RunningCa {

    @Param({"EC_P256", "RSA_2048"})
    public String issuer;

    private ConfigurableApplicationContext context;
    private CertificateAuthority ca;
    private AuditLog auditLog;
    private TransactionTemplate transaction;
    private Clock clock;
    private Identifiers names;
    private String csrPem;
    private final AtomicLong nextCertificateId = new AtomicLong();

    @Setup(Level.Trial)
    public void start() {
        context = new SpringApplicationBuilder(AdaptersTestApplication.class)
                .web(WebApplicationType.NONE)
                // As command-line arguments, because the test application.properties outranks default properties.
                // Its own data directory: the benchmark adds many thousand rows the tests need not see.
                // The lint's per-certificate note about localhost URLs is not logged with a public URL in production.
                .run("--certdesk.embedded-db.directory=" + System.getProperty("user.dir") + "/target/bench-mariadb",
                        "--logging.level.org.certdesk.adapters.ca.lint.CertificateLint=WARN");
        ca = context.getBean(CertificateAuthority.class);
        auditLog = context.getBean(AuditLog.class);
        transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        clock = context.getBean(Clock.class);
        names = Identifiers.parseLines("bench.example.com");
        useIssuer(issuer);
        nextCertificateId.set(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2));
    }

    /** From now on, issue from a CSR of this key family (so from that issuer), in the same running context. */
    void useIssuer(String keyAlgorithm) {
        issuer = keyAlgorithm;
        csrPem = context.getBean(SubscriberKeyGenerator.class).generate(KeyAlgorithm.valueOf(keyAlgorithm), names).csrPem();
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    String csrPem() {
        return csrPem;
    }

    Identifiers names() {
        return names;
    }

    long nextCertificateId() {
        return nextCertificateId.getAndIncrement();
    }

    /** Parse and check the CSR, lint, sign, DER-encode and persist: all of {@link CertificateAuthority#sign}. */
    String issueOne() {
        return ca.sign(nextRequest()).serialHex();
    }

    /**
     * One issuance as the console runs it: in one transaction, {@link CertificateAuthority#sign}
     * (CSR checks, policy, lint, sign, the leaf's INSERT) and the audit line, then the commit,
     * which returns only once MariaDB has flushed its redo log.
     */
    String issueAndAudit() {
        return transaction.execute(status -> {
            SigningRequest request = nextRequest();
            String serial = ca.sign(request).serialHex();
            auditLog.record(new AuditEntry(clock.instant(), "bench", "SYSTEM", null, request.certificate(), "certificate.issued",
                    CertificateStatus.VERIFYING, CertificateStatus.ISSUED, serial));
            return serial;
        });
    }

    private SigningRequest nextRequest() {
        Instant now = clock.instant();
        return new SigningRequest(new CertificateId(nextCertificateId()), ValidationType.DV, names, csrPem,
                null, null, now, now.plus(Duration.ofDays(90)));
    }
}
