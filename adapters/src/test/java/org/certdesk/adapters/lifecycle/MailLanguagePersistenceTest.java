package org.certdesk.adapters.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.adapters.transaction.AfterCommitWork;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.mail.ManageMailLanguage;
import org.certdesk.application.port.CapturedMail;
import org.certdesk.application.port.CapturedMail.CapturedMessage;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.catalogue.ProductCatalogue;
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
import org.certdesk.domain.mail.MailLanguage;
import org.certdesk.domain.mail.MailLanguages;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each tenant's mail language on MariaDB: certificate events are mailed through the real mail
 * adapter to the embedded GreenMail SMTP server and read back from its mailbox.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class MailLanguagePersistenceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    LifecyclePorts ports;
    @Autowired
    TestActors actors;
    @Autowired
    ProductCatalogue catalogue;
    @Autowired
    Certificates certificates;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Transactions transactions;
    @Autowired
    Tenants tenants;
    @Autowired
    MailLanguages languages;
    @Autowired
    Notifications notifications;
    @Autowired
    CapturedMail outbox;
    @Autowired
    JdbcClient jdbc;

    Lifecycle life;
    ManageMailLanguage mailLanguage;
    final List<Actor> customers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        life = new Lifecycle(ports);
        life.eventMail = notifications;
        mailLanguage = new ManageMailLanguage(languages, MailLanguage.ENGLISH, auditLog, transactions, life.clock);
    }

    /** Other tests mail about fixed certificate ids, which may be these tenants': they expect English. */
    @AfterEach
    void forgetTheChoices() {
        customers.forEach(c -> jdbc.sql("DELETE FROM mail_language WHERE tenant_id = :t").param("t", c.tenant().value()).update());
    }

    @Test
    void aTenantThatChoseChineseGetsEveryMailInChineseAndOneThatDidNotGetsEnglish() {
        Actor chinese = aCustomer();
        Actor english = aCustomer();
        mailLanguage.save(chinese, MailLanguage.SIMPLIFIED_CHINESE);
        String chineseContact = aContact();
        String englishContact = aContact();

        CertificateId chineseCertificate = issued(chinese, chineseContact);
        CertificateId englishCertificate = issued(english, englishContact);
        life.revoke.revoke(chinese, chineseCertificate, RevocationReason.SUPERSEDED);

        List<CapturedMessage> toChinese = mailsTo(chineseContact);
        assertThat(toChinese).extracting(CapturedMessage::subject).containsExactly(
                "[CertDesk] 已收到证书 " + chineseCertificate + " 的申请",
                "[CertDesk] 请验证证书 " + chineseCertificate + " 的域名",
                "[CertDesk] 证书 " + chineseCertificate + " 已签发",
                "[CertDesk] 证书 " + chineseCertificate + " 已吊销");
        CapturedMessage chineseIssued = toChinese.get(2);
        assertThat(chineseIssued.textBody()).contains("已签发", "/certificates/" + chineseCertificate);
        assertThat(chineseIssued.htmlBody()).contains("lang=\"zh-CN\"", "已签发");

        List<CapturedMessage> toEnglish = mailsTo(englishContact);
        assertThat(toEnglish).extracting(CapturedMessage::subject).containsExactly(
                "[CertDesk] Application received for certificate " + englishCertificate,
                "[CertDesk] Verify your domain for certificate " + englishCertificate,
                "[CertDesk] Certificate " + englishCertificate + " has been issued");
        assertThat(toEnglish.getLast().htmlBody()).contains("lang=\"en\"").doesNotContain("已签发");
    }

    @Test
    void theChoiceIsStoredPerTenantChangeableAuditedAndOnlyACustomersToMake() {
        Actor customer = aCustomer();
        Actor colleague = Actor.customer(customer.account(), "colleague", customer.tenant());
        Actor otherTenant = aCustomer();

        assertThat(mailLanguage.current(customer)).as("no choice: the configured default").isEqualTo(MailLanguage.ENGLISH);
        assertThat(languages.chosen(customer.tenant())).isEmpty();
        mailLanguage.save(customer, MailLanguage.SIMPLIFIED_CHINESE);

        assertThat(mailLanguage.current(colleague)).isEqualTo(MailLanguage.SIMPLIFIED_CHINESE);
        assertThat(mailLanguage.current(otherTenant)).isEqualTo(MailLanguage.ENGLISH);
        ManageMailLanguage chineseByDefault =
                new ManageMailLanguage(languages, MailLanguage.SIMPLIFIED_CHINESE, auditLog, transactions, life.clock);
        assertThat(chineseByDefault.current(otherTenant)).isEqualTo(MailLanguage.SIMPLIFIED_CHINESE);

        mailLanguage.save(colleague, MailLanguage.ENGLISH);
        mailLanguage.save(colleague, MailLanguage.ENGLISH);
        assertThat(mailLanguage.current(customer)).isEqualTo(MailLanguage.ENGLISH);
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE tenant_id = :t AND action = 'Mail language changed' ORDER BY id")
                .param("t", customer.tenant().value()).query(String.class).list())
                .as("saving the same language again is no change")
                .containsExactly("English (default) -> Simplified Chinese", "Simplified Chinese -> English");

        Actor reviewer = Actor.staff(customer.account(), "rita", Role.REVIEWER);
        assertThatThrownBy(() -> mailLanguage.save(reviewer, MailLanguage.SIMPLIFIED_CHINESE))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> mailLanguage.current(reviewer)).isInstanceOf(NotPermittedException.class);
    }

    // --- fixtures ---------------------------------------------------------------------------

    private CertificateId issued(Actor customer, String contact) {
        CertificateId id = life.buy.buy(new BuyCertificates.Command(customer, "CertDesk", ValidationType.DV, Coverage.SINGLE, 1, 1))
                .getFirst();
        CertificateApplication application = new CertificateApplication(Identifiers.parseLines("mail-" + suffix() + ".com"),
                new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256),
                new Contact("Ops", EmailAddress.parse(contact), PhoneNumber.parse("+86 138 0013 8000")), null, null,
                VerificationMethod.DNS_TXT);
        life.submit.submit(new SubmitApplication.Command(customer, id, application));
        life.progress.show(customer, id).names().forEach(n -> life.dns.publishTxt(n.dnsHost(), n.dnsValue()));
        assertThat(life.checkDomains.check(customer, id).status()).isEqualTo(CertificateStatus.ISSUED);
        return id;
    }

    /** Oldest first. */
    private List<CapturedMessage> mailsTo(String contact) {
        AfterCommitWork.awaitDone(context);
        return outbox.recent(500).stream().filter(m -> m.to().contains(contact)).toList().reversed();
    }

    private Actor aCustomer() {
        Actor customer = actors.customer();
        customers.add(customer);
        return customer;
    }

    private static String aContact() {
        return "ops-" + suffix() + "@example.com";
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
