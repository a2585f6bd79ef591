package org.certdesk.domain.certificate;

import java.time.Instant;
import java.time.LocalDate;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.verification.VerificationMethod;

/** Small named builders for applications and products. */
final class Fixtures {

    static final TenantId TENANT = TenantId.of(7);
    static final Instant PURCHASED = Instant.parse("2026-11-20T09:00:00Z");
    static final Instant SUBMITTED = Instant.parse("2026-11-25T09:00:00Z");

    private Fixtures() {
    }

    static Contact contact() {
        return new Contact("Li Wei", EmailAddress.parse("li.wei@example.com"), PhoneNumber.parse("+86 138 0013 8000"));
    }

    static Organization organization() {
        return new Organization("Example Trading Co., Ltd.", "91110000600037341L", "Limited company", "cn", "Beijing",
                "Beijing", "1 Chang'an Avenue", "100000", PhoneNumber.parse("+86 10 1234 5678"));
    }

    static EvDetails evDetails() {
        return new EvDetails("CN", "Beijing", null, BusinessCategory.PRIVATE_ORGANIZATION, LocalDate.of(2001, 5, 1),
                new EvDetails.Superior("Zhang San", "CTO", PhoneNumber.parse("+86 10 8765 4321"),
                        EmailAddress.parse("zhang.san@example.com")));
    }

    static ApplicationBuilder aDvApplication() {
        return new ApplicationBuilder().verifiedBy(VerificationMethod.DNS_TXT);
    }

    static ApplicationBuilder anOvApplication() {
        return new ApplicationBuilder().withOrganization(organization());
    }

    static ApplicationBuilder anEvApplication() {
        return new ApplicationBuilder().withOrganization(organization()).withEvDetails(evDetails());
    }

    static final class ApplicationBuilder {
        private String names = "www.example.com";
        private CsrSource csr = new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256);
        private Organization organization;
        private EvDetails evDetails;
        private VerificationMethod method;

        ApplicationBuilder withNames(String... lines) {
            this.names = String.join("\n", lines);
            return this;
        }

        ApplicationBuilder withOrganization(Organization organization) {
            this.organization = organization;
            return this;
        }

        ApplicationBuilder withEvDetails(EvDetails evDetails) {
            this.evDetails = evDetails;
            return this;
        }

        ApplicationBuilder verifiedBy(VerificationMethod method) {
            this.method = method;
            return this;
        }

        ApplicationBuilder withCsr(CsrSource csr) {
            this.csr = csr;
            return this;
        }

        CertificateApplication build() {
            return new CertificateApplication(Identifiers.parseLines(names), csr, contact(), organization, evDetails, method);
        }
    }
}
