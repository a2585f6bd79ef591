package org.certdesk.domain.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.junit.jupiter.api.Test;

class ProductAndDetailsTest {

    @Test
    void evWildcardProductCannotExist() {
        assertThatThrownBy(() -> Product.wildcard("B", ValidationType.EV))
                .hasMessage("EV certificates never cover wildcard names.");
    }

    @Test
    void singleAndWildcardCoverOneNameAndMultiDomainAtLeastTwo() {
        assertThatThrownBy(() -> new Product("B", ValidationType.DV, Coverage.SINGLE, 2, false))
                .hasMessage("A single domain certificate has exactly one name.");
        assertThatThrownBy(() -> Product.multiDomain("B", ValidationType.DV, 1))
                .hasMessage("A multi-domain certificate has at least two names.");
    }

    @Test
    void onlyOvAndEvMultiDomainAreCombined() {
        assertThatThrownBy(() -> new Product("B", ValidationType.DV, Coverage.MULTI_DOMAIN, 2, true))
                .hasMessage("Only OV and EV certificates are combined, into a multi-domain certificate.");
    }

    @Test
    void statusesCarryTheSeedsDisplayNames() {
        assertThat(CertificateStatus.values()).extracting(CertificateStatus::displayName).containsExactly(
                "Pending Application", "Verifying", "Validation Failed", "Issued", "Revoked", "Expired");
    }

    @Test
    void organizationCountryMustBeAnIsoCode() {
        assertThatThrownBy(() -> new Organization("Example", "123", "Ltd", "China", "Beijing", "Beijing", "1 Road",
                "100000", PhoneNumber.parse("+861012345678")))
                .hasMessage("Country may have at most 2 characters.");
        assertThatThrownBy(() -> new Organization("Example", "123", "Ltd", "C1", "Beijing", "Beijing", "1 Road",
                "100000", PhoneNumber.parse("+861012345678")))
                .hasMessage("Country must be a two-letter ISO 3166 country code, got 'C1'.");
        assertThat(Fixtures.organization().country()).isEqualTo("CN");
    }

    @Test
    void organizationNameLongerThanTheX520BoundIsRefused() {
        assertThatThrownBy(() -> new Organization("x".repeat(65), "123", "Ltd", "CN", "Beijing", "Beijing", "1 Road",
                "100000", PhoneNumber.parse("+861012345678")))
                .hasMessage("Organization name may have at most 64 characters.");
    }

    @Test
    void missingFieldIsNamedInTheMessage() {
        assertThatThrownBy(() -> new Organization("Example", " ", "Ltd", "CN", "Beijing", "Beijing", "1 Road",
                "100000", PhoneNumber.parse("+861012345678")))
                .hasMessage("Registration number is required.");
        assertThatThrownBy(() -> new Contact("", EmailAddress.parse("a@example.com"), PhoneNumber.parse("1234567")))
                .hasMessage("Contact name is required.");
    }

    @Test
    void evDetailsNeedTheSuperior() {
        assertThatThrownBy(() -> new EvDetails("CN", null, null, BusinessCategory.PRIVATE_ORGANIZATION,
                LocalDate.of(2001, 1, 1), null)).hasMessage("The applicant's superior is required for EV.");
        assertThat(BusinessCategory.GOVERNMENT_ENTITY.displayName()).isEqualTo("Government Entity");
    }

    @Test
    void serialNeedsAtLeast64Bits() {
        assertThatThrownBy(() -> new IssuedCertificate("0123abcd", java.time.Instant.EPOCH, java.time.Instant.EPOCH.plusSeconds(9)))
                .hasMessage("A serial number is 16 to 40 hexadecimal digits, got '0123abcd'.");
    }

    @Test
    void aCsrPasteOfMegabytesIsRefusedAtTheCsrFieldWithoutQuotingIt() {
        String huge = "-----BEGIN CERTIFICATE REQUEST-----\n" + "A".repeat(5 * 1024 * 1024) + "\n-----END CERTIFICATE REQUEST-----";

        assertThatThrownBy(() -> CsrSource.uploaded(huge))
                .isInstanceOfSatisfying(org.certdesk.domain.shared.DomainException.class, refused -> {
                    assertThat(refused.field()).contains("csr");
                    assertThat(refused.getMessage()).hasSizeLessThan(200)
                            .contains("16 KiB").contains("5,120 KiB");
                });
    }
}
