package org.certdesk.ui.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.certificate.BusinessCategory;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.EvDetails;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.verification.VerificationMethod;
import org.certdesk.ui.DemoNames;

/** Test fixture (shared with the browser tests): a demo customer buys an OV (or EV) certificate and applies, through the real use cases. */
public record OvApplications(UserAccounts accounts, BuyCertificates buy, SubmitApplication submit, DemoNames demoNames) {

    /** A second reviewer, for the two-person rule and claim conflicts (created once; the test database persists). */
    public Actor secondReviewer() {
        UserAccount account = accounts.findByUsername("vera").orElseGet(() -> accounts.save(
                UserAccount.newStaff("vera", "Vera", "{noop}not-for-sign-in", org.certdesk.domain.account.Role.REVIEWER)));
        return new Actor(account.id(), account.username(), account.role(), account.tenantId());
    }

    public Actor actorOf(String username) {
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.role(), account.tenantId());
    }

    /** A submitted OV application for a fresh name in the customer's part of the demo zone, with its own contact address. */
    public Submitted submitted(String customer) {
        return submitted(customer, ValidationType.OV);
    }

    /** The same for OV or EV; EV adds the jurisdiction, category and the applicant's superior. */
    public Submitted submitted(String customer, ValidationType type) {
        return submittedFor(customer, "www.org-" + UUID.randomUUID().toString().substring(0, 8) + "." + demoNames.partOf(customer), type);
    }

    /** The same for a name of the test's choosing. */
    public Submitted submittedFor(String customer, String name, ValidationType type) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Actor actor = actorOf(customer);
        CertificateId id = buy.buy(new BuyCertificates.Command(actor, "CertDesk", type, Coverage.SINGLE, 1, 1)).getFirst();
        String organization = "Example Trading " + unique + " Ltd";
        EmailAddress contact = new EmailAddress("contact-" + unique + "@example.com");
        submit.submit(new SubmitApplication.Command(actor, id, new CertificateApplication(Identifiers.parseLines(name),
                new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256), new Contact("Carol Contact", contact, PhoneNumber.parse("+86 138 0013 8000")),
                new Organization(organization, "91310000MA1FL0001X", "Limited company", "CN", "Shanghai", "Shanghai",
                        "1 Century Avenue", "200120", PhoneNumber.parse("+86 21 5555 0000")),
                type == ValidationType.EV ? evDetails() : null, VerificationMethod.DNS_TXT)));
        return new Submitted(id, name, organization, contact);
    }

    private static EvDetails evDetails() {
        return new EvDetails("CN", "Shanghai", null, BusinessCategory.PRIVATE_ORGANIZATION, LocalDate.of(2015, 3, 1),
                new EvDetails.Superior("Sam Superior", "Director", PhoneNumber.parse("+86 139 0000 0000"),
                        new EmailAddress("sam@example.com")));
    }

    public record Submitted(CertificateId id, String name, String organization, EmailAddress contact) {
        public List<String> names() {
            return List.of(name);
        }
    }
}
