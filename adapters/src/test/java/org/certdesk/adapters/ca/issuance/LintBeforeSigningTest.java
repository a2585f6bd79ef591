package org.certdesk.adapters.ca.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.ca.TestCsrs;
import org.certdesk.adapters.ca.csr.BouncyCastleCsrInspector;
import org.certdesk.adapters.ca.hierarchy.CaHierarchy;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyFactory;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyKeeper;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyStore;
import org.certdesk.adapters.ca.hierarchy.CaSettings;
import org.certdesk.adapters.ca.hierarchy.SigningCa;
import org.certdesk.adapters.secret.MasterSecret;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The lint reads the to-be-signed certificate before any signature exists (BR 4.3.1.2). Proved with
 * an issuing CA whose private key cannot sign (an RSA key behind the ECDSA intermediate): a clean
 * request reaches the signature and fails there, a request the lint refuses never gets that far.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class LintBeforeSigningTest {

    @Autowired
    CaHierarchyKeeper keeper;
    @Autowired
    CaHierarchyStore hierarchyStore;
    @Autowired
    MasterSecret masterSecret;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    BouncyCastleCsrInspector inspector;
    @Autowired
    IssuedCertificateStore store;
    @Autowired
    CaSettings settings;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCleanRequestReachesTheIssuersSignature() {
        SigningRequest clean = request("reaches.example.com", now());

        assertThatThrownBy(() -> caWhoseEcIssuerCannotSign().sign(clean))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Cannot sign with issuer");
        assertThat(rowsFor(clean.certificate())).isZero();
    }

    @Test
    void aRequestTheLintRefusesIsRefusedBeforeAnySignatureAndStoresNothing() {
        SigningRequest notBeforeTooEarly = request("refused.example.com", now().minus(Duration.ofDays(3)));

        assertThatThrownBy(() -> caWhoseEcIssuerCannotSign().sign(notBeforeTooEarly))
                .isInstanceOf(DomainException.class).hasMessageContaining("more than 48 hours");
        assertThat(rowsFor(notBeforeTooEarly.certificate())).isZero();
    }

    private BouncyCastleCertificateAuthority caWhoseEcIssuerCannotSign() {
        CaHierarchy real = keeper.hierarchy();
        SigningCa ec = real.ecIssuer();
        SigningCa unableToSign = new SigningCa(ec.id(), ec.family(), ec.certificate(), ec.publicKey(),
                CaHierarchyFactory.rsaKeyPair().getPrivate());
        CaHierarchyKeeper sabotaged = new CaHierarchyKeeper(hierarchyStore, masterSecret, transactions, settings, clock) {
            @Override
            public CaHierarchy hierarchy() {
                return new CaHierarchy(real.root(), unableToSign, real.rsaIssuer());
            }
        };
        return new BouncyCastleCertificateAuthority(sabotaged, inspector, store, settings, clock);
    }

    private SigningRequest request(String name, Instant notBefore) {
        Identifiers names = Identifiers.parseLines(name);
        // The test database outlives a run, so every request gets a fresh certificate id.
        return new SigningRequest(CertificateId.of(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)), ValidationType.DV, names,
                TestCsrs.csr(TestCsrs.ec("secp256r1"), name), null, null, notBefore, notBefore.plus(Duration.ofDays(30)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private int rowsFor(CertificateId certificate) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM issued_certificate WHERE certificate_id = ?", Integer.class, certificate.value());
    }
}
