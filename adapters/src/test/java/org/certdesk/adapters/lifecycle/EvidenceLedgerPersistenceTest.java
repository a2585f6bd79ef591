package org.certdesk.adapters.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.ledger.DomainValidation;
import org.certdesk.application.ledger.ShowDomainValidations;
import org.certdesk.application.port.ValidationLedger;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The evidence ledger (issue 12) on MariaDB: a DV validation lands in {@code domain_validation}
 * when its certificate is saved, a renewal that reuses it is recorded in {@code evidence_reuse},
 * and each tenant reads only its own rows.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class EvidenceLedgerPersistenceTest {

    @Autowired
    TestActors actors;
    @Autowired
    LifecyclePorts ports;
    @Autowired
    ValidationLedger ledger;
    @Autowired
    Tenants tenants;
    @Autowired
    JdbcClient jdbc;

    Lifecycle life;
    ShowDomainValidations show;
    Actor customer;
    Actor otherCustomer;

    @BeforeEach
    void setUp() {
        life = new Lifecycle(ports);
        show = new ShowDomainValidations(ledger, tenants, IssuancePolicy.baselineRequirements(), life.clock);
        customer = actors.customer();
        otherCustomer = actors.customer();
    }

    @Test
    void aValidationIsListedWithItsCertificateAndTheRenewalThatReusedIt() {
        String name = "ledger-" + suffix() + ".com";
        CertificateId original = issuedDv(customer, name);

        List<DomainValidation> before = show.page(customer, null, null, 0, 50);
        assertThat(before).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo(name);
            assertThat(v.method()).isEqualTo(VerificationMethod.DNS_TXT);
            assertThat(v.brSection()).isEqualTo("3.2.2.4.7");
            assertThat(v.gatheredFor()).isEqualTo(original);
            assertThat(v.validatedAt()).isEqualTo(life.clock.instant());
            assertThat(v.observed()).isNotBlank();
            // Validated 2026-11-25 under the 200-day period, but cut at the 2027-03-15 step (BR 4.2.1):
            // by then more than 100 days have passed, so 110 days remain.
            assertThat(v.daysLeft()).isEqualTo(110);
            assertThat(v.reusability()).isEqualTo(DomainValidation.Reusability.REUSABLE);
            assertThat(v.reusedBy()).isEmpty();
        });

        life.clock.advance(Duration.ofDays(10));
        Certificate renewal = life.renew.renew(customer, original);

        List<DomainValidation> after = show.page(customer, null, null, 0, 50);
        assertThat(after).as("the renewal reused the row; it added none").singleElement().satisfies(v -> {
            assertThat(v.daysLeft()).isEqualTo(100);
            assertThat(v.reusedBy()).singleElement().satisfies(reuse -> {
                assertThat(reuse.certificate()).isEqualTo(renewal.id());
                assertThat(reuse.acmeOrderId()).isNull();
                assertThat(reuse.at()).isEqualTo(life.clock.instant());
            });
        });
        assertThat(show.reusedFrom(customer, null, renewal.id(), Identifier.parse(name)))
                .contains(before.getFirst().validatedAt());
        assertThat(show.reusedFrom(customer, null, original, Identifier.parse(name))).as("validated by itself").isEmpty();
    }

    @Test
    void anotherTenantsValidationsAreUnreachableForACustomerButShownToStaff() {
        String mine = "mine-" + suffix() + ".com";
        issuedDv(customer, mine);
        String theirs = "theirs-" + suffix() + ".com";
        CertificateId theirCertificate = issuedDv(otherCustomer, theirs);

        assertThat(show.page(customer, null, null, 0, 50)).extracting(DomainValidation::name).containsExactly(mine);
        assertThat(show.page(otherCustomer, null, null, 0, 50)).extracting(DomainValidation::name).containsExactly(theirs);
        assertThatThrownBy(() -> show.page(customer, otherCustomer.tenant(), null, 0, 50))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> show.reusedFrom(customer, otherCustomer.tenant(), theirCertificate, Identifier.parse(theirs)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> show.tenants(customer)).isInstanceOf(NotPermittedException.class);

        for (Role staff : List.of(Role.ADMIN, Role.REVIEWER)) {
            Actor actor = actors.staff(staff);
            assertThat(show.page(actor, otherCustomer.tenant(), null, 0, 50)).extracting(DomainValidation::name).containsExactly(theirs);
            assertThat(show.tenants(actor)).extracting(t -> t.id()).contains(customer.tenant(), otherCustomer.tenant());
        }
    }

    @Test
    void aLargeLedgerIsReadInPagesPerNameInOrderAndSearchedByNamePrefix() {
        String prefix = "page-" + suffix();
        for (String label : List.of("c", "a", "b")) {
            issuedDv(customer, label + "." + prefix + ".com");
        }

        assertThat(show.page(customer, null, null, 0, 2)).extracting(DomainValidation::name)
                .containsExactly("a." + prefix + ".com", "b." + prefix + ".com");
        assertThat(show.page(customer, null, null, 2, 2)).extracting(DomainValidation::name).containsExactly("c." + prefix + ".com");
        assertThat(show.page(customer, null, "B." + prefix, 0, 50)).extracting(DomainValidation::name)
                .containsExactly("b." + prefix + ".com");
        assertThat(show.page(customer, null, "%" + prefix, 0, 50)).as("LIKE wildcards are searched literally").isEmpty();
    }

    @Test
    void theBackfillTakesTheValidationsOutOfCertificatesSavedBeforeTheLedgerExisted() throws Exception {
        String name = "backfill-" + suffix() + ".com";
        issuedDv(customer, name);
        List<DomainValidation> copiedOnSave = show.page(customer, null, name, 0, 10);
        assertThat(copiedOnSave).hasSize(1);
        jdbc.sql("DELETE FROM domain_validation WHERE tenant_id = :tenant").param("tenant", customer.tenant().value()).update();
        assertThat(show.page(customer, null, name, 0, 10)).isEmpty();

        jdbc.sql(backfillStatement()).update();

        assertThat(show.page(customer, null, name, 0, 10)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .isEqualTo(copiedOnSave);
    }

    /** The statement of changeset 027-domain-validations-backfill, as Liquibase runs it on an existing database. */
    private static String backfillStatement() throws Exception {
        try (var in = EvidenceLedgerPersistenceTest.class.getResourceAsStream("/db/changelog/027-domain-validations.sql")) {
            String changelog = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String changeset = changelog.substring(changelog.indexOf("--changeset certdesk:027-domain-validations-backfill"));
            return changeset.substring(changeset.indexOf("INSERT"), changeset.indexOf("--rollback")).strip().replaceAll(";$", "");
        }
    }

    private CertificateId issuedDv(Actor actor, String name) {
        CertificateId id = life.buy.buy(new BuyCertificates.Command(actor, "CertDesk", ValidationType.DV, Coverage.SINGLE, 1, 1))
                .getFirst();
        life.submit.submit(new SubmitApplication.Command(actor, id, new CertificateApplication(Identifiers.parseLines(name),
                new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256),
                new Contact("Li Wei", EmailAddress.parse("li.wei@example.com"), PhoneNumber.parse("+86 138 0013 8000")),
                null, null, VerificationMethod.DNS_TXT)));
        life.progress.show(actor, id).names().forEach(n -> life.dns.publishTxt(n.dnsHost(), n.dnsValue()));
        life.checkDomains.check(actor, id);
        return id;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
