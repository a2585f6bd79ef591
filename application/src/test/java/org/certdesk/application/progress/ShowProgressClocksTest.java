package org.certdesk.application.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.certdesk.application.fakes.InMemoryHolidays;
import org.certdesk.application.fakes.UseCaseFixture;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.calendar.Holiday;
import org.certdesk.domain.calendar.Party;
import org.certdesk.domain.calendar.SlaClocks;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateAction;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.RevocationReason;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.review.Reviews;
import org.certdesk.domain.verification.VerificationAttempt;
import org.junit.jupiter.api.Test;

/** View Progress carries each step's clock, computed from the application's moments and the admin's holidays. */
class ShowProgressClocksTest {

    private final UseCaseFixture f = new UseCaseFixture();
    private final Actor customer = f.customer(1);
    /** The fixture's clock: Saturday 5 December 2026, 10:00 UTC. */
    private final Instant submitted = f.clock.instant();
    private final InMemoryHolidays holidays = new InMemoryHolidays();
    private final Reviews noReviews = new Reviews() {
        @Override
        public org.certdesk.domain.review.Review load(CertificateId certificate, int round, ValidationType type) {
            throw new AssertionError("a DV application has no review log");
        }

        @Override
        public void append(CertificateId certificate, int round, org.certdesk.domain.review.ReviewEntry entry) {
            throw new AssertionError("not asked");
        }

        @Override
        public java.util.Map<CertificateId, java.util.List<org.certdesk.domain.review.ReviewEntry>> entriesOfRounds(
                java.util.Map<CertificateId, Integer> roundOf) {
            throw new AssertionError("not asked");
        }
    };

    @Test
    void aSubmittedDvWaitsOnTheCustomerAndItsDecisionDateSkipsTheWeekendAndAHoliday() {
        CertificateId id = submittedDv("clock.shop.example.com");

        Progress before = showAt(submitted.plus(Duration.ofHours(3))).show(customer, id);
        holidays.add(new Holiday(LocalDate.of(2026, 12, 7), "Company day"));
        Progress after = showAt(submitted.plus(Duration.ofHours(3))).show(customer, id);

        SlaClocks clocks = before.clocks().orElseThrow();
        assertThat(before.waitingOn()).isEqualTo(Progress.WaitingOn.CUSTOMER);
        assertThat(clocks.waitingSince()).isEqualTo(submitted);
        assertThat(clocks.onCustomer()).isEqualTo(Duration.ofHours(3));
        assertThat(step(before, "Domain verification").clock().orElseThrow().waitingOn()).contains(Party.CUSTOMER);
        assertThat(step(before, "CA review").clock().orElseThrow().due()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(step(after, "CA review").clock().orElseThrow().due()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(step(before, "Submitted").clock()).isEmpty();
        assertThat(before.allows(CertificateAction.VERIFY_NOW)).isTrue();
    }

    @Test
    void aVerifiedDvWaitsOnTheCaAndAnOverdueDecisionIsMarked() {
        CertificateId id = submittedDv("late.shop.example.com");
        Instant verified = submitted.plus(Duration.ofHours(1));
        f.transactions.inTransaction(() -> {
            Certificate certificate = f.access.load(customer, id);
            certificate.recordVerificationAttempt(certificate.verifications().getFirst().identifier(),
                    VerificationAttempt.passed(verified, "TXT seen"), f.policy);
            return f.access.save(customer, certificate);
        });

        Progress onTime = showAt(Instant.parse("2026-12-09T20:00:00Z")).show(customer, id);
        Progress late = showAt(Instant.parse("2026-12-10T08:00:00Z")).show(customer, id);

        assertThat(onTime.waitingOn()).isEqualTo(Progress.WaitingOn.CA);
        assertThat(onTime.clocks().orElseThrow().onCustomer()).isEqualTo(Duration.ofHours(1));
        assertThat(step(onTime, "CA review").clock().orElseThrow().overdue()).isFalse();
        assertThat(step(late, "CA review").clock().orElseThrow().overdue()).isTrue();
    }

    @Test
    void aRevokedCertificateWaitsOnNobodyAndOffersNoVerifyNow() {
        CertificateId id = submittedDv("gone.shop.example.com");
        f.transactions.inTransaction(() -> {
            Certificate certificate = f.access.load(customer, id);
            certificate.recordVerificationAttempt(certificate.verifications().getFirst().identifier(),
                    VerificationAttempt.passed(submitted, "TXT seen"), f.policy);
            f.issue.issue(certificate);
            certificate.revoke(RevocationReason.SUPERSEDED, submitted.plus(Duration.ofHours(1)));
            return f.access.save(customer, certificate);
        });

        Progress progress = showAt(submitted.plus(Duration.ofDays(2))).show(customer, id);

        assertThat(progress.allows(CertificateAction.VERIFY_NOW)).isFalse();
        assertThat(progress.clocks().orElseThrow().waitingOn()).isEmpty();
        assertThat(progress.waitingOn()).isEqualTo(Progress.WaitingOn.NOBODY);
    }

    private ShowProgress showAt(Instant now) {
        return new ShowProgress(f.access, noReviews, holidays, f.approvals, f.transactions, Clock.fixed(now, ZoneOffset.UTC));
    }

    private CertificateId submittedDv(String name) {
        return f.transactions.inTransaction(() -> {
            Certificate certificate = f.access.save(customer, Certificate.purchase(customer.tenant(),
                    Product.single("Brand", ValidationType.DV), submitted));
            certificate.submit(UseCaseFixture.dvApplication(name), f.tokens, f.policy, submitted);
            return f.access.save(customer, certificate).id();
        });
    }

    private static Progress.Step step(Progress progress, String name) {
        return progress.steps().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
