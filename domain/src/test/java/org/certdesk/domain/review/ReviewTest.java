package org.certdesk.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.junit.jupiter.api.Test;

class ReviewTest {

    private static final ReviewerId GATHERER = new ReviewerId(1);
    private static final ReviewerId APPROVER = new ReviewerId(2);
    private static final EmailAddress CONTACT = EmailAddress.parse("li.wei@example.com");
    private static final PhoneNumber PHONE = PhoneNumber.parse("+8613800138000");
    private final Instant t = Instant.parse("2026-11-25T09:00:00Z");

    private Review confirmedEv() {
        Review review = new Review(ValidationType.EV, List.of());
        review.emailSent(GATHERER, CONTACT, t);
        review.emailConfirmed(CONTACT, t.plusSeconds(600));
        review.callRecorded(GATHERER, PHONE, PhoneCallOutcome.CONFIRMED, "superior confirmed", t.plusSeconds(900));
        return review;
    }

    private static Optional<String> blocker(Review review, ReviewerId approver) {
        return review.approvalBlocker(approver).map(refusal -> refusal.in(Locale.ROOT));
    }

    @Test
    void ovIsApprovableOnceTheEmailIsConfirmed() {
        Review review = new Review(ValidationType.OV, List.of());
        review.emailSent(GATHERER, CONTACT, t);

        assertThat(blocker(review, GATHERER)).contains("The applicant has not confirmed the verification email yet.");
        review.emailConfirmed(CONTACT, t.plusSeconds(60));
        assertThat(blocker(review, GATHERER)).isEmpty();
    }

    @Test
    void confirmationWithoutAnEmailSentIsRefused() {
        Review review = new Review(ValidationType.OV, List.of());

        assertThatThrownBy(() -> review.emailConfirmed(CONTACT, t))
                .hasMessage("No verification email was sent to li.wei@example.com.");
    }

    @Test
    void evNeedsAConfirmedCall() {
        Review review = new Review(ValidationType.EV, List.of());
        review.emailSent(GATHERER, CONTACT, t);
        review.emailConfirmed(CONTACT, t);
        review.callRecorded(GATHERER, PHONE, PhoneCallOutcome.NOT_ANSWERED, null, t);

        assertThat(blocker(review, APPROVER)).contains("An EV application needs a confirmed phone call before approval.");
    }

    @Test
    void evApprovalByTheEvidenceGathererIsRefused() {
        Review review = confirmedEv();

        assertThat(blocker(review, GATHERER)).contains("EV approval must come from a reviewer who did not collect the evidence.");
        assertThat(blocker(review, APPROVER)).isEmpty();
    }

    @Test
    void refusalOnThePhoneBlocksApproval() {
        Review review = new Review(ValidationType.OV, List.of());
        review.emailSent(GATHERER, CONTACT, t);
        review.emailConfirmed(CONTACT, t);
        review.callRecorded(GATHERER, PHONE, PhoneCallOutcome.REFUSED, "did not request it", t);

        assertThat(review.wasRefusedByPhone()).isTrue();
        assertThat(blocker(review, APPROVER)).hasValueSatisfying(reason -> assertThat(reason).contains("refused the request"));
    }
}
