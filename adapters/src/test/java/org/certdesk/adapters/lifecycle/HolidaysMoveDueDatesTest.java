package org.certdesk.adapters.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.application.admin.ManageHolidays;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.catalogue.ProductCatalogue;
import org.certdesk.domain.certificate.CertificateApplication;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue #6: a holiday the admin adds moves the expected dates of an application already
 * submitted, at once and without a restart; removing it moves them back.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class HolidaysMoveDueDatesTest {

    @Autowired
    TestActors actors;
    @Autowired
    LifecyclePorts ports;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Holidays holidays;
    @Autowired
    ProductCatalogue catalogue;
    @Autowired
    Transactions transactions;

    @Test
    void anAddedHolidayMovesTheExpectedDecisionOfASubmittedOvApplication() {
        Lifecycle life = new Lifecycle(ports);
        ManageHolidays manage = new ManageHolidays(holidays, auditLog, transactions, life.clock);
        Actor customer = actors.customer();
        Actor admin = actors.staff(Role.ADMIN);
        CertificateId id = life.buy.buy(new BuyCertificates.Command(customer, "CertDesk", ValidationType.OV, Coverage.SINGLE, 1, 1))
                .getFirst();
        life.submit.submit(new SubmitApplication.Command(customer, id, application("holiday-" + unique() + ".com")));
        // Submitted on Wednesday 2026-11-25: seven business days later is Friday 2026-12-04.
        assertThat(life.progress.show(customer, id).expectedLatest()).isEqualTo(LocalDate.of(2026, 12, 4));

        LocalDate thursday = LocalDate.of(2026, 11, 26);
        manage.add(admin, thursday, "Company anniversary");
        try {
            assertThat(life.progress.show(customer, id).expectedLatest()).isEqualTo(LocalDate.of(2026, 12, 7));
        } finally {
            manage.remove(admin, thursday);
        }
        assertThat(life.progress.show(customer, id).expectedLatest()).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    private static CertificateApplication application(String name) {
        return new CertificateApplication(Identifiers.parseLines(name), new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256),
                new Contact("Li Wei", EmailAddress.parse("li.wei@example.com"), PhoneNumber.parse("+86 138 0013 8000")),
                new Organization("Example Trading Co., Ltd.", "91110000600037341L", "Limited company", "CN", "Beijing", "Beijing",
                        "1 Chang'an Avenue", "100000", PhoneNumber.parse("+86 10 1234 5678")), null, VerificationMethod.DNS_TXT);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
