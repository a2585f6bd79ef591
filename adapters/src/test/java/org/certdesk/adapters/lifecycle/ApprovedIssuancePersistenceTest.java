package org.certdesk.adapters.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.port.ApprovedIssuances;
import org.certdesk.application.progress.Phrase;
import org.certdesk.application.progress.Progress;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An approval the process died on, in MariaDB: the approval row survives, the restart sweep issues
 * the certificate once, closes the row and the customer's Progress log says the issuance resumed.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class ApprovedIssuancePersistenceTest {

    /** Stands for kill -9 in the middle of the issuance. */
    private static final class ProcessDied extends RuntimeException {
    }

    @Autowired
    TestActors actors;
    @Autowired
    LifecyclePorts ports;
    @Autowired
    ApprovedIssuances approvals;
    @Autowired
    Certificates certificates;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;

    Lifecycle life;
    Actor customer;

    @BeforeEach
    void setUp() {
        life = new Lifecycle(ports);
        customer = actors.customer();
    }

    @Test
    void anApprovalTheProcessDiedOnIsIssuedOnceByTheRestartSweepAndTheProgressLogSaysSo() {
        CertificateId id = verifiedDv();
        life.ca.failNext = new ProcessDied();

        assertThatThrownBy(() -> life.checkDomains.check(customer, id)).isInstanceOf(ProcessDied.class);
        assertThat(certificates.findAnyById(id).orElseThrow().status()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(openRows(id)).as("the approval survived the crash").isEqualTo(1);

        life.clock.advance(Duration.ofMinutes(3));
        life.finishApproved.finishAfterRestart();

        assertThat(certificates.findAnyById(id).orElseThrow().status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(openRows(id)).isZero();
        assertThat(life.ca.signed).hasValue(1);
        assertThat(auditLog.forCertificate(id)).extracting(AuditEntry::action).filteredOn("Certificate issued"::equals).hasSize(1);
        assertThat(life.progress.show(customer, id).log()).extracting(Progress.LogLine::text)
                .contains(Phrase.of("progress.log.resumed", 1));
        assertThat(approvals.lockOpen(id, 1)).isFalse();
    }

    @Test
    void anApprovalIsRecordedOnceAndListedOldestFirstUntilClosed() {
        CertificateId first = verifiedDv();
        CertificateId second = verifiedDv();
        Instant at = Instant.parse("2001-01-01T00:00:00.123456Z");
        ports.transactions().inTransaction(() -> {
            approvals.record(second, 1, at.plusSeconds(1));
            approvals.record(first, 1, at);
            approvals.record(first, 1, at.plusSeconds(5));
        });

        assertThat(approvals.openBefore(at.plusSeconds(2), 1000)).filteredOn(o -> o.certificate().equals(first)
                        || o.certificate().equals(second))
                .extracting(ApprovedIssuances.Open::certificate, ApprovedIssuances.Open::approvedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, at), org.assertj.core.groups.Tuple.tuple(second, at.plusSeconds(1)));

        ports.transactions().inTransaction(() -> {
            assertThat(approvals.lockOpen(first, 1)).isTrue();
            approvals.markResumed(first, 1, at.plusSeconds(7));
            approvals.close(first, 1, at.plusSeconds(8));
        });

        assertThat(approvals.openBefore(at.plusSeconds(2), 1000)).extracting(ApprovedIssuances.Open::certificate)
                .doesNotContain(first).contains(second);
        assertThat(approvals.resumedAt(first, 1)).contains(at.plusSeconds(7));
        assertThat(approvals.resumedAt(second, 1)).isEmpty();
        ports.transactions().inTransaction(() -> approvals.close(second, 1, at.plusSeconds(9)));
    }

    private long openRows(CertificateId id) {
        return jdbc.sql("SELECT COUNT(*) FROM approved_issuance WHERE certificate_id = :c AND issued_at IS NULL")
                .param("c", id.value()).query(Long.class).single();
    }

    private CertificateId verifiedDv() {
        CertificateId id = life.buy.buy(new BuyCertificates.Command(customer, "CertDesk", ValidationType.DV, Coverage.SINGLE, 1, 1))
                .getFirst();
        String name = "www.resume-" + UUID.randomUUID().toString().substring(0, 8) + ".com";
        life.submit.submit(new SubmitApplication.Command(customer, id, new CertificateApplication(Identifiers.parseLines(name),
                new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256),
                new Contact("Li Wei", EmailAddress.parse("li.wei@example.com"), PhoneNumber.parse("+86 138 0013 8000")), null, null,
                VerificationMethod.DNS_TXT)));
        var verification = certificates.findAnyById(id).orElseThrow().verifications().getFirst();
        life.dns.publishTxt(verification.dnsRecordHost(), verification.token().value());
        return id;
    }
}
