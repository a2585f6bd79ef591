package org.certdesk.domain.certificate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.certdesk.domain.certificate.Fixtures.aDvApplication;
import static org.certdesk.domain.certificate.Fixtures.anEvApplication;
import static org.certdesk.domain.certificate.Fixtures.anOvApplication;

import org.certdesk.domain.policy.DatedSchedule;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class ApplicationRulesTest {

    private final IssuancePolicy policy = IssuancePolicy.baselineRequirements();

    private void accepts(Product product, CertificateApplication application) {
        assertThatCode(() -> ApplicationRules.check(product, application, policy)).doesNotThrowAnyException();
    }

    private void refuses(Product product, CertificateApplication application, String message) {
        assertThatThrownBy(() -> ApplicationRules.check(product, application, policy))
                .isInstanceOf(DomainException.class)
                .hasMessage(message);
    }

    @Test
    void singleDvWithOneNameIsAccepted() {
        accepts(Product.single("B", ValidationType.DV), aDvApplication().build());
    }

    @Test
    void moreNamesThanSlotsIsRefused() {
        refuses(Product.single("B", ValidationType.DV), aDvApplication().withNames("a.example.com", "b.example.com").build(),
                "This certificate covers 1 name; 2 were given.");
        refuses(Product.multiDomain("B", ValidationType.DV, 2),
                aDvApplication().withNames("a.example.com", "b.example.com", "c.example.com").build(),
                "This certificate covers 2 names; 3 were given.");
    }

    @Test
    void wildcardOnSingleCoverageIsRefused() {
        refuses(Product.single("B", ValidationType.DV), aDvApplication().withNames("*.example.com").build(),
                "'*.example.com' is a wildcard, which this single domain DV certificate does not cover.");
    }

    @Test
    void wildcardCoverageNeedsAWildcardName() {
        accepts(Product.wildcard("B", ValidationType.OV), anOvApplication().withNames("*.example.com").build());
        refuses(Product.wildcard("B", ValidationType.DV), aDvApplication().withNames("www.example.com").build(),
                "'www.example.com' is not a wildcard name; a wildcard certificate covers a name like '*.example.com'.");
    }

    @Test
    void dvMultiDomainMayMixWildcards() {
        accepts(Product.multiDomain("B", ValidationType.DV, 3),
                aDvApplication().withNames("*.example.com", "www.example.org", "8.8.8.8").build());
    }

    @Test
    void fileMethodForAWildcardIsRefusedAtTheMethodNotSwitchedToDns() {
        CertificateApplication fileForWildcard = aDvApplication().withNames("www.example.org", "*.example.com")
                .verifiedBy(org.certdesk.domain.verification.VerificationMethod.FILE).build();

        assertThatThrownBy(() -> ApplicationRules.check(Product.multiDomain("B", ValidationType.DV, 3), fileForWildcard, policy))
                .isInstanceOf(DomainException.class)
                .hasMessage("'*.example.com' is a wildcard name; the file on the website cannot validate wildcard names "
                        + "(BR 3.2.2.4.18). Choose the DNS TXT record.")
                .extracting(refused -> ((DomainException) refused).field()).isEqualTo(java.util.Optional.of("verificationMethod"));
        accepts(Product.multiDomain("B", ValidationType.DV, 3), aDvApplication().withNames("www.example.org", "8.8.8.8")
                .verifiedBy(org.certdesk.domain.verification.VerificationMethod.FILE).build());
    }

    @Test
    void directlyBoughtOvMultiDomainWildcardIsRefusedButCombinedIsAccepted() {
        CertificateApplication hybrid = anOvApplication().withNames("*.example.com", "www.example.org").build();

        refuses(Product.multiDomain("B", ValidationType.OV, 2), hybrid,
                "'*.example.com' is a wildcard, which this multi-domain OV certificate does not cover. "
                        + "Combine certificates to get a multi-domain wildcard.");
        accepts(new Product("B", ValidationType.OV, Coverage.MULTI_DOMAIN, 2, true), hybrid);
    }

    @Test
    void evNeverCoversAWildcardEvenWhenCombined() {
        refuses(new Product("B", ValidationType.EV, Coverage.MULTI_DOMAIN, 2, true),
                anEvApplication().withNames("*.example.com", "www.example.com").build(),
                "'*.example.com' is a wildcard; EV certificates never cover wildcard names.");
    }

    @Test
    void ipAddressIsAllowedOnDvAndOvButNotEv() {
        accepts(Product.single("B", ValidationType.DV), aDvApplication().withNames("8.8.8.8").build());
        accepts(Product.single("B", ValidationType.OV), anOvApplication().withNames("8.8.8.8").build());
        refuses(Product.single("B", ValidationType.EV), anEvApplication().withNames("8.8.8.8").build(),
                "'8.8.8.8' is an IP address; IP addresses are allowed only on DV and OV certificates.");
    }

    @Test
    void ipAddressOnWildcardCoverageIsRefused() {
        refuses(Product.wildcard("B", ValidationType.DV), aDvApplication().withNames("8.8.8.8").build(),
                "'8.8.8.8' is an IP address; a wildcard certificate needs a wildcard name.");
    }

    @Test
    void dvNeedsAVerificationMethod() {
        refuses(Product.single("B", ValidationType.DV), aDvApplication().verifiedBy(null).build(),
                "Choose a domain verification method: DNS TXT record or file.");
    }

    @Test
    void ovNeedsTheOrganization() {
        refuses(Product.single("B", ValidationType.OV), anOvApplication().withOrganization(null).build(),
                "An OV certificate needs the organization's details.");
    }

    @Test
    void evNeedsTheEvDetails() {
        refuses(Product.single("B", ValidationType.EV), anEvApplication().withEvDetails(null).build(),
                "An EV certificate needs the jurisdiction, business category, incorporation date and superior.");
    }

    @Test
    void systemKeyOutsideThePolicyIsRefused() {
        IssuancePolicy ecOnly = new IssuancePolicy(DatedSchedule.of(java.util.Map.of(java.time.LocalDate.MIN, 47)),
                DatedSchedule.of(java.util.Map.of(java.time.LocalDate.MIN, 10)), java.time.Duration.ofDays(30),
                java.util.Set.of(KeyAlgorithm.EC_P384));

        assertThatThrownBy(() -> ApplicationRules.check(Product.single("B", ValidationType.DV),
                aDvApplication().build(), ecOnly)).hasMessage("Key algorithm ECDSA P-256 is not allowed by the issuance policy.");
    }

    @Test
    void uploadedCsrMustBePem() {
        assertThatThrownBy(() -> new CsrSource.Uploaded("MIIB..."))
                .hasMessageContaining("-----BEGIN CERTIFICATE REQUEST-----");
        accepts(Product.single("B", ValidationType.DV), aDvApplication()
                .withCsr(new CsrSource.Uploaded("-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n"))
                .build());
    }
}
