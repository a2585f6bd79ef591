package org.certdesk.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.junit.jupiter.api.Test;

class GovRegistrantRuleTest {

    private final Map<String, String> registrants = Map.of("agency.gov", "Department of Examples");
    private final GovRegistrantRule rule = new GovRegistrantRule(
            domain -> Optional.ofNullable(registrants.get(domain.ascii())));

    private static CertificateApplication ovFor(String name, String organizationName) {
        Organization organization = new Organization(organizationName, "123", "Agency", "US", "DC", "Washington",
                "1 Main St", "20001", PhoneNumber.parse("+12025550123"));
        return new CertificateApplication(Identifiers.parseLines(name), new CsrSource.SystemGenerated(KeyAlgorithm.RSA_2048),
                new Contact("Pat", EmailAddress.parse("pat@agency.gov"), PhoneNumber.parse("+12025550123")),
                organization, null, null);
    }

    @Test
    void matchingRegistrantIgnoringCaseAndPunctuationPasses() {
        assertThat(rule.problemWith(ValidationType.OV, ovFor("www.agency.gov", "department of examples."))).isEmpty();
    }

    @Test
    void mismatchedRegistrantIsReportedBeforeSubmissionAtTheOrganizationName() {
        Refusal problem = rule.problemWith(ValidationType.OV, ovFor("www.agency.gov", "Example Corp")).orElseThrow();

        assertThat(problem.in(Locale.ROOT)).isEqualTo("The Whois registrant of 'www.agency.gov' is 'Department of Examples', "
                + "which does not match the organization name 'Example Corp'.");
        assertThat(problem.in(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("“www.agency.gov”的 Whois 注册人是“Department of Examples”，与组织名称“Example Corp”不一致。");
        assertThat(new DomainException(problem).field()).contains("legalName");
    }

    @Test
    void unknownRegistrantIsReported() {
        assertThat(rule.problemWith(ValidationType.OV, ovFor("portal.other.gov", "Example Corp")))
                .hasValueSatisfying(p -> assertThat(p.in(Locale.ROOT)).contains("not available"));
    }

    @Test
    void ruleAppliesOnlyToOvAndGovNames() {
        assertThat(rule.problemWith(ValidationType.OV, ovFor("www.example.com", "Example Corp"))).isEmpty();
        assertThat(rule.problemWith(ValidationType.EV, ovFor("www.agency.gov", "Example Corp"))).isEmpty();
    }
}
