package org.certdesk.adapters.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.transaction.AfterCommitWork;
import org.certdesk.domain.catalogue.ProductCatalogue;
import org.certdesk.adapters.TestActors;
import org.certdesk.application.port.CapturedMail;
import org.certdesk.application.port.CapturedMail.CapturedMessage;
import org.certdesk.application.port.ExpiryReminderLog;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.reminder.ManageReminderPreference;
import org.certdesk.application.reminder.SendExpiryReminders;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.application.port.Notifications;
import org.certdesk.domain.certificate.RevocationReason;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.reminder.ReminderPreference;
import org.certdesk.domain.reminder.ReminderPreferences;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Expiry reminders on MariaDB, mailed through the real mail adapter to the embedded GreenMail
 * SMTP server and read back from its mailbox; the clock is moved towards notAfter.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class ExpiryRemindersPersistenceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestActors actors;
    @Autowired
    LifecyclePorts ports;
    @Autowired
    ProductCatalogue catalogue;
    @Autowired
    Certificates certificates;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Transactions transactions;
    @Autowired
    ExpiryReminderLog reminderLog;
    @Autowired
    ReminderPreferences preferences;
    @Autowired
    Notifications notifications;
    @Autowired
    CapturedMail outbox;
    @Autowired
    JdbcClient jdbc;

    Lifecycle life;
    SendExpiryReminders reminders;
    ManageReminderPreference preference;
    Actor customer;
    String contact;

    @BeforeEach
    void setUp() {
        life = new Lifecycle(ports);
        reminders = new SendExpiryReminders(certificates, reminderLog, preferences, notifications, transactions, life.clock);
        preference = new ManageReminderPreference(preferences, auditLog, transactions, life.clock);
        customer = actors.customer();
        contact = "ops-" + suffix() + "@example.com";
    }

    @Test
    void theDefaultRemindsThirtyDaysBeforeWithTheDomainAndDateAndRepeatsWeekly() {
        String domain = "shop-" + suffix() + ".com";
        CertificateId id = issued(domain);
        Instant notAfter = notAfter(id);

        moveTo(notAfter.minus(Duration.ofDays(31)));
        reminders.send();
        assertThat(mailsToContact()).as("31 days before: not yet").isEmpty();

        moveTo(notAfter.minus(Duration.ofDays(30)));
        reminders.send();
        List<CapturedMessage> mails = mailsToContact();
        assertThat(mails).hasSize(1);
        String expiryDate = LocalDate.ofInstant(notAfter, ZoneOffset.UTC).toString();
        assertThat(mails.getFirst().subject()).isEqualTo(
                "[CertDesk] Certificate " + id.value() + " expires soon: " + domain + " — " + expiryDate + " (UTC)");
        assertThat(mails.getFirst().textBody()).contains(domain, expiryDate, "/certificates/" + id.value());
        assertThat(mails.getFirst().htmlBody()).contains(domain, expiryDate);

        life.clock.advance(Duration.ofHours(1));
        reminders.send();
        life.clock.advance(Duration.ofDays(6));
        reminders.send();
        assertThat(mailsToContact()).as("not again before a week").hasSize(1);

        life.clock.advance(Duration.ofDays(1));
        reminders.send();
        reminders.send();
        assertThat(mailsToContact()).as("a week later, once").hasSize(2);
    }

    @Test
    void theCustomersChoiceOfLeadTimeAndIntervalIsHonoured() {
        preference.save(customer, new ReminderPreference(60, 3));
        CertificateId id = issued("lead-" + suffix() + ".com");
        Instant notAfter = notAfter(id);

        moveTo(notAfter.minus(Duration.ofDays(60)));
        reminders.send();
        life.clock.advance(Duration.ofDays(2));
        reminders.send();
        assertThat(mailsToContact()).hasSize(1);
        life.clock.advance(Duration.ofDays(1));
        reminders.send();
        assertThat(mailsToContact()).hasSize(2);
    }

    @Test
    void renewedRevokedAndExpiredCertificatesGetNoReminder() {
        CertificateId renewed = issued("renewed-" + suffix() + ".com");
        CertificateId revoked = issued("revoked-" + suffix() + ".com");
        CertificateId expiring = issued("expiring-" + suffix() + ".com");
        life.renew.renew(customer, renewed);
        life.revoke.revoke(customer, revoked, RevocationReason.SUPERSEDED);

        moveTo(notAfter(expiring).minus(Duration.ofDays(10)));
        reminders.send();
        assertThat(mailsToContact()).extracting(CapturedMessage::subject)
                .singleElement().asString().contains("expiring-");

        moveTo(notAfter(expiring).plusSeconds(1));
        life.sweeps.markExpired();
        assertThat(certificates.findAnyById(expiring).orElseThrow().status()).isEqualTo(CertificateStatus.EXPIRED);
        life.clock.advance(Duration.ofDays(8));
        reminders.send();
        assertThat(mailsToContact()).hasSize(1);
    }

    @Test
    void thePreferenceIsStoredPerTenantValidatedAndAudited() {
        Actor colleague = Actor.customer(customer.account(), "colleague", customer.tenant());
        Actor otherTenant = actors.customer();

        assertThat(preference.current(customer)).isEqualTo(ReminderPreference.DEFAULT);
        preference.save(customer, new ReminderPreference(90, 1));

        assertThat(preference.current(colleague)).isEqualTo(new ReminderPreference(90, 1));
        assertThat(preference.current(otherTenant)).isEqualTo(ReminderPreference.DEFAULT);
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE tenant_id = :t AND action = 'Expiry reminders changed'")
                .param("t", customer.tenant().value()).query(String.class).list())
                .containsExactly("30 days before, every 7 days -> 90 days before, every 1 days");
        assertThatThrownBy(() -> new ReminderPreference(14, 1)).isInstanceOf(DomainException.class);
        Actor reviewer = Actor.staff(customer.account(), "rita", Role.REVIEWER);
        assertThatThrownBy(() -> preference.save(reviewer, ReminderPreference.DEFAULT)).isInstanceOf(NotPermittedException.class);
    }

    // --- fixtures ---------------------------------------------------------------------------

    private CertificateId issued(String domain) {
        CertificateId id = life.buy.buy(new BuyCertificates.Command(customer, "CertDesk", ValidationType.DV, Coverage.SINGLE, 1, 1))
                .getFirst();
        CertificateApplication application = new CertificateApplication(Identifiers.parseLines(domain),
                new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256),
                new Contact("Ops", EmailAddress.parse(contact), PhoneNumber.parse("+86 138 0013 8000")), null, null,
                VerificationMethod.DNS_TXT);
        life.submit.submit(new org.certdesk.application.apply.SubmitApplication.Command(customer, id, application));
        life.progress.show(customer, id).names().forEach(n -> life.dns.publishTxt(n.dnsHost(), n.dnsValue()));
        assertThat(life.checkDomains.check(customer, id).status()).isEqualTo(CertificateStatus.ISSUED);
        return id;
    }

    private Instant notAfter(CertificateId id) {
        return certificates.findAnyById(id).orElseThrow().issued().orElseThrow().notAfter();
    }

    private void moveTo(Instant instant) {
        life.clock.advance(Duration.between(life.clock.instant(), instant));
    }

    private List<CapturedMessage> mailsToContact() {
        AfterCommitWork.awaitDone(context);
        return outbox.recent(500).stream().filter(m -> m.to().contains(contact))
                .filter(m -> m.subject().contains("expires soon")).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
