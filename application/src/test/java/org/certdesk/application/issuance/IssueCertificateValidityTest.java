package org.certdesk.application.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.certdesk.application.fakes.UseCaseFixture;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.IssuedCertificate;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.verification.VerificationAttempt;
import org.junit.jupiter.api.Test;

/** The validity IssueCertificate asks the CA for: the policy default, a day under the BR 6.3.2 maximum. */
class IssueCertificateValidityTest {

    private final UseCaseFixture f = new UseCaseFixture();
    private final Actor customer = f.customer(1);
    private final Instant now = f.clock.instant();

    @Test
    void issues199DaysCountingBothEndsInThe200DayPeriod() {
        IssuedCertificate issued = f.issue.issue(verifiedDv("www.shop.example.com"));

        assertThat(issued.notAfter()).isEqualTo(Instant.parse("2027-06-22T09:59:59Z"));
        assertThat(Duration.between(now, issued.notAfter().plusSeconds(1))).isEqualTo(Duration.ofDays(199));
    }

    @Test
    void aShorterProfileValidityWinsAndALongerOneStopsAtTheDefault() {
        assertThat(f.issue.issue(verifiedDv("short.shop.example.com"), Duration.ofDays(7)).notAfter())
                .isEqualTo(now.plus(Duration.ofDays(7)));
        assertThat(f.issue.issue(verifiedDv("long.shop.example.com"), Duration.ofDays(200)).notAfter())
                .isEqualTo(now.plus(Duration.ofDays(199)).minusSeconds(1));
    }

    private Certificate verifiedDv(String name) {
        return f.transactions.inTransaction(() -> {
            Certificate certificate = f.access.save(customer, Certificate.purchase(customer.tenant(),
                    Product.single("Brand", ValidationType.DV), now));
            certificate.submit(UseCaseFixture.dvApplication(name), f.tokens, f.policy, now);
            certificate.recordVerificationAttempt(certificate.verifications().getFirst().identifier(),
                    VerificationAttempt.passed(now, "TXT seen"), f.policy);
            return certificate;
        });
    }
}
