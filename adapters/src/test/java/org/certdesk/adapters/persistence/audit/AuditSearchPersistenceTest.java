package org.certdesk.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.audit.AuditQuery;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The admin's audit search by certificate, user and UTC days, on MariaDB. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class AuditSearchPersistenceTest {

    @Autowired
    AuditLog auditLog;

    private final String reviewer = "rev-" + UUID.randomUUID().toString().substring(0, 8);
    private final String admin = "adm-" + UUID.randomUUID().toString().substring(0, 8);
    private final CertificateId certificate = new CertificateId(9_000_000_000L + (long) (Math.random() * 1_000_000_000L));

    @BeforeEach
    void recordThreeDaysOfWork() {
        auditLog.record(entry(reviewer, "2031-05-01T23:59:59.999999Z", certificate, "Verification email sent"));
        auditLog.record(entry(reviewer, "2031-05-02T00:00:00Z", certificate, "Phone call recorded"));
        auditLog.record(entry(admin, "2031-05-02T12:00:00Z", null, "Holiday added"));
        auditLog.record(entry(reviewer, "2031-05-03T08:00:00Z", null, "Signed in elsewhere"));
    }

    @Test
    void aUserIsFoundWithTheirEntriesNewestFirst() {
        assertThat(auditLog.search(new AuditQuery(null, reviewer.toUpperCase(), null, null, 50)))
                .extracting(AuditEntry::action)
                .containsExactly("Signed in elsewhere", "Phone call recorded", "Verification email sent");
    }

    @Test
    void aCertificateAndAUserNarrowEachOther() {
        assertThat(auditLog.search(new AuditQuery(certificate, reviewer, null, null, 50))).hasSize(2);
        assertThat(auditLog.search(new AuditQuery(certificate, admin, null, null, 50))).isEmpty();
    }

    @Test
    void daysAreWholeUtcDaysWithBothEndsIncluded() {
        assertThat(auditLog.search(new AuditQuery(null, reviewer, LocalDate.parse("2031-05-02"), LocalDate.parse("2031-05-02"), 50)))
                .extracting(AuditEntry::action).containsExactly("Phone call recorded");
        assertThat(auditLog.search(new AuditQuery(null, reviewer, null, LocalDate.parse("2031-05-01"), 50)))
                .extracting(AuditEntry::action).containsExactly("Verification email sent");
        assertThat(auditLog.search(new AuditQuery(null, reviewer, LocalDate.parse("2031-05-03"), null, 50)))
                .extracting(AuditEntry::action).containsExactly("Signed in elsewhere");
    }

    @Test
    void entriesWithoutACertificateAreFoundByTheirDay() {
        assertThat(auditLog.search(new AuditQuery(null, null, LocalDate.parse("2031-05-02"), LocalDate.parse("2031-05-02"), 50)))
                .filteredOn(e -> e.actor().equals(admin)).singleElement()
                .satisfies(e -> assertThat(e.certificate()).isNull());
    }

    @Test
    void theLimitKeepsTheNewest() {
        assertThat(auditLog.search(new AuditQuery(null, reviewer, null, null, 1)))
                .extracting(AuditEntry::action).containsExactly("Signed in elsewhere");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> new AuditQuery(null, null, LocalDate.parse("2031-05-02"), LocalDate.parse("2031-05-01"), 50))
                .isInstanceOf(DomainException.class).hasMessage("The end date is before the start date.");
    }

    private static AuditEntry entry(String actor, String at, CertificateId certificate, String action) {
        return new AuditEntry(Instant.parse(at), actor, "REVIEWER", null, certificate, action,
                certificate == null ? null : CertificateStatus.VERIFYING, certificate == null ? null : CertificateStatus.VERIFYING, null);
    }
}
