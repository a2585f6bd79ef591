package org.certdesk.adapters.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.adapters.transaction.AfterCommitWork;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.RevocationReason;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Event mail leaves only after the change it reports has committed: a revocation whose CA step
 * fails after the certificate row was updated rolls back and mails nobody; a revocation that
 * commits mails its owner once, when another connection already reads it as revoked.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class MailAfterCommitTest {

    @Autowired
    TestActors actors;
    @Autowired
    LifecyclePorts ports;
    @Autowired
    Certificates certificates;
    @Autowired
    ApplicationContext context;

    Lifecycle life;
    Actor customer;
    /** Each mail as "KIND #id", and the status another connection read while it was sent (what is committed). */
    final List<String> sent = new CopyOnWriteArrayList<>();
    final List<CertificateStatus> committedWhileSending = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        life = new Lifecycle(ports);
        customer = actors.customer();
        life.eventMail = (to, kind, id, detail) -> {
            sent.add(kind + " #" + id.value());
            committedWhileSending.add(CompletableFuture.supplyAsync(() -> certificates.findAnyById(id).orElseThrow().status()).join());
        };
    }

    @Test
    void aRevocationWhoseCrlStepFailsIsRolledBackAndMailsNobody() {
        CertificateId id = issuedDv();
        AfterCommitWork.awaitDone(context);
        sent.clear();
        life.revocations.failure = new IllegalStateException("CRL signer unavailable");

        assertThatThrownBy(() -> life.revoke.revoke(customer, id, RevocationReason.KEY_COMPROMISE))
                .hasMessageContaining("CRL signer unavailable");
        AfterCommitWork.awaitDone(context);

        assertThat(certificates.findAnyById(id).orElseThrow().status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(life.auditLog.forCertificate(id)).extracting(AuditEntry::action).doesNotContain("Certificate revoked");
        assertThat(sent).as("no customer is told of a revocation that did not happen").isEmpty();
    }

    @Test
    void aCommittedRevocationMailsItsOwnerOnceAfterTheCommit() {
        CertificateId id = issuedDv();
        AfterCommitWork.awaitDone(context);
        assertThat(sent).contains("APPLICATION_RECEIVED #" + id.value(), "ISSUED #" + id.value());
        sent.clear();
        committedWhileSending.clear();

        life.revoke.revoke(customer, id, RevocationReason.KEY_COMPROMISE);
        AfterCommitWork.awaitDone(context);

        assertThat(certificates.findAnyById(id).orElseThrow().status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(sent).containsExactly("REVOKED #" + id.value());
        assertThat(committedWhileSending).as("the revocation was committed before its mail left").containsExactly(CertificateStatus.REVOKED);
    }

    private CertificateId issuedDv() {
        CertificateId id = life.buy.buy(new BuyCertificates.Command(customer, "CertDesk", ValidationType.DV, Coverage.SINGLE, 1, 1))
                .getFirst();
        String name = "mail-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        life.submit.submit(new SubmitApplication.Command(customer, id, new CertificateApplication(Identifiers.parseLines(name),
                new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256), new Contact("Li Wei", EmailAddress.parse("li.wei@example.com"),
                PhoneNumber.parse("+86 138 0013 8000")), null, null, VerificationMethod.DNS_TXT)));
        life.progress.show(customer, id).names().forEach(n -> life.dns.publishTxt(n.dnsHost(), n.dnsValue()));
        assertThat(life.checkDomains.check(customer, id).status()).isEqualTo(CertificateStatus.ISSUED);
        return id;
    }
}
