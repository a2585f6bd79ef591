package org.certdesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.acme.AcmeProfile;
import org.certdesk.domain.audit.AuditQuery;
import org.certdesk.domain.catalogue.BrandOffer;
import org.certdesk.domain.certificate.CertificateFilter;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.review.PhoneCallOutcome;
import org.certdesk.domain.review.Review;
import org.certdesk.domain.review.ReviewEntry;
import org.certdesk.domain.review.ReviewerId;
import org.certdesk.domain.upload.UploadProblem;
import org.certdesk.domain.upload.UploadRejectedException;
import org.certdesk.domain.upload.UploadedCertificate;
import org.junit.jupiter.api.Test;

/** The bounds of the other text fields: uploads, reviewer notes, admin forms and the search boxes (issue 14). */
class StaffFieldLimitsTest {

    private static final String MEGABYTES = "x".repeat(5 * 1024 * 1024);

    @Test
    void anUploadOfMegabytesIsRefusedAtTheFieldItWasPastedInto() {
        assertUploadRefused(MEGABYTES, "key", new char[0], UploadProblem.CERTIFICATE_TOO_LONG);
        assertUploadRefused("certificate", MEGABYTES, new char[0], UploadProblem.KEY_TOO_LONG);
        assertUploadRefused("certificate", "key", MEGABYTES.toCharArray(), UploadProblem.PASSWORD_TOO_LONG);
        assertThat(UploadProblem.CERTIFICATE_TOO_LONG.field()).isEqualTo(UploadProblem.Field.CERTIFICATE);
        assertThat(UploadProblem.PASSWORD_TOO_LONG.field()).isEqualTo(UploadProblem.Field.PASSWORD);

        UploadedCertificate.requireSizes("c".repeat(UploadedCertificate.MAX_PEM_LENGTH), "k".repeat(UploadedCertificate.MAX_PEM_LENGTH),
                new char[UploadedCertificate.MAX_PASSWORD_LENGTH]);
    }

    @Test
    void aCallNoteIsAtMostWhatTheReviewLogKeeps() {
        Review review = new Review(ValidationType.OV, List.of());
        PhoneNumber phone = PhoneNumber.parse("+8613800138000");

        assertThatThrownBy(() -> review.callRecorded(new ReviewerId(1), phone, PhoneCallOutcome.CONFIRMED, MEGABYTES, Instant.EPOCH))
                .hasMessage("Call note may have at most 1000 characters.");
        review.callRecorded(new ReviewerId(1), phone, PhoneCallOutcome.CONFIRMED, "n".repeat(ReviewEntry.MAX_NOTE_LENGTH), Instant.EPOCH);
    }

    @Test
    void adminTextsAreBoundedByTheColumnsThatKeepThem() {
        assertThatThrownBy(() -> BrandOffer.newBrand("B".repeat(BrandOffer.MAX_BRAND_LENGTH + 1)))
                .hasMessage("A brand name has at most 64 characters.");
        assertThat(BrandOffer.newBrand("B".repeat(BrandOffer.MAX_BRAND_LENGTH)).brand()).hasSize(64);
        assertThatThrownBy(() -> new AcmeProfile("short", MEGABYTES, null, true))
                .hasMessage("Description may have at most 300 characters.");
        assertThatThrownBy(() -> new AcmeProfile(MEGABYTES, "d", null, true)).message().hasSizeLessThan(200);
    }

    @Test
    void aSearchLongerThanAnyNameIsCutWhereItStillMatchesNothing() {
        CertificateFilter filter = new CertificateFilter(TenantId.of(1), null, null, MEGABYTES);
        AuditQuery query = new AuditQuery(null, MEGABYTES, null, null, 10);

        assertThat(filter.domainSearch()).hasSize(CertificateFilter.MAX_SEARCH_LENGTH);
        assertThat(query.actor()).hasSize(64);
        assertThat(new CertificateFilter(TenantId.of(1), null, null, " WWW.Example.com ").domainSearch()).isEqualTo("www.example.com");
    }

    private static void assertUploadRefused(String certificate, String key, char[] password, UploadProblem problem) {
        assertThatThrownBy(() -> UploadedCertificate.requireSizes(certificate, key, password))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
