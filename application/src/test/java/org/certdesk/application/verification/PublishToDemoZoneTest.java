package org.certdesk.application.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.certdesk.application.fakes.InMemoryDemoZone;
import org.certdesk.application.fakes.InMemoryTenants;
import org.certdesk.application.fakes.UseCaseFixture;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.NotPermittedException;
import org.junit.jupiter.api.Test;

/** Each tenant publishes in its own part of the demo zone only (issue 14, demo zone ownership). */
class PublishToDemoZoneTest {

    private final UseCaseFixture f = new UseCaseFixture();
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemoryDemoZone zone = new InMemoryDemoZone("example.test");
    private final PublishToDemoZone publish = new PublishToDemoZone(f.access, zone, new DemoZoneParts(zone, tenants), f.transactions);

    private final Actor acme = customerOf(tenants.save(Tenant.unsaved("Acme Corporation")));
    private final Actor globex = customerOf(tenants.save(Tenant.unsaved("Globex Ltd")));

    @Test
    void eachCustomerSeesTheirOwnPartOfTheDemoZone() {
        assertThat(publish.demoNamesOf(acme)).contains("acme-corporation.example.test");
        assertThat(publish.demoNamesOf(globex)).contains("globex-ltd.example.test");
    }

    @Test
    void aTenantCannotPublishInAnotherTenantsPartAndNothingIsPublished() {
        CertificateId id = submittedDv(globex, "www.acme-corporation.example.test");

        assertThatThrownBy(() -> publish.publish(globex, id))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.key()).contains("demoZone.notYourPart");
                    assertThat(refused.getMessage()).isEqualTo("'www.acme-corporation.example.test' is outside your part of the"
                            + " demo zone: your demo names are globex-ltd.example.test and the names under it.");
                    assertThat(refused.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("globex-ltd.example.test", "演示区域");
                });
        assertThat(zone.txt).isEmpty();
        assertThat(f.auditLog.forCertificate(id)).noneMatch(e -> e.action().equals("Published to the demo zone"));
    }

    @Test
    void aTenantPublishesInItsOwnPartBothItsApexAndNamesUnderIt() {
        CertificateId www = submittedDv(globex, "www.globex-ltd.example.test");
        CertificateId apex = submittedDv(globex, "globex-ltd.example.test");

        assertThat(publish.publish(globex, www)).isEqualTo(1);
        assertThat(publish.publish(globex, apex)).isEqualTo(1);

        assertThat(zone.txt).containsOnlyKeys("_dnsauth.www.globex-ltd.example.test", "_dnsauth.globex-ltd.example.test")
                .containsValue(tokenOf(globex, www));
        assertThat(f.auditLog.forCertificate(www)).anyMatch(e -> e.action().equals("Published to the demo zone"));
    }

    @Test
    void aPersistentRecordIsPublishedWithOurIssuerAndTheTenantsAccountAndPolicyWildcardForAWildcard() {
        PublishToDemoZone persistent = new PublishToDemoZone(f.access, zone, new DemoZoneParts(zone, tenants), f.transactions,
                new org.certdesk.domain.verification.PersistentDcvIdentity("certdesk.test", "https://console.example"));
        CertificateId id = f.transactions.inTransaction(() -> {
            Certificate slot = f.access.save(globex, Certificate.purchase(globex.tenant(), Product.wildcard("Brand", ValidationType.DV),
                    f.clock.instant()));
            slot.submit(UseCaseFixture.dvApplication("*.globex-ltd.example.test")
                    .withVerificationMethod(org.certdesk.domain.verification.VerificationMethod.DNS_PERSIST), f.tokens, f.policy,
                    f.clock.instant());
            return f.access.save(globex, slot).id();
        });

        assertThat(persistent.publish(globex, id)).isEqualTo(1);

        assertThat(zone.txt).containsExactly(java.util.Map.entry("_validation-persist.globex-ltd.example.test",
                "certdesk.test; accounturi=https://console.example/accounts/" + globex.tenant().value() + "; policy=wildcard"));
    }

    @Test
    void aNameThatOnlyEndsLikeAnotherPartIsNotInIt() {
        CertificateId id = submittedDv(acme, "www.not-acme-corporation.example.test");

        assertThatThrownBy(() -> publish.publish(acme, id))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.key()).contains("demoZone.notYourPart"));
    }

    @Test
    void anApplicationWithoutDemoNamesSaysWhereTheCustomersDemoNamesAre() {
        CertificateId id = submittedDv(acme, "www.acme.example.com");

        assertThatThrownBy(() -> publish.publish(acme, id))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.key()).contains("demoZone.nothingToPublish");
                    assertThat(refused.getMessage()).contains("acme-corporation.example.test");
                });
    }

    @Test
    void withoutADemoZoneThereIsNoPartAndNothingToPublish() {
        InMemoryDemoZone off = new InMemoryDemoZone("");
        PublishToDemoZone offline = new PublishToDemoZone(f.access, off, new DemoZoneParts(off, tenants), f.transactions);
        CertificateId id = submittedDv(acme, "www.acme-corporation.example.test");

        assertThat(offline.demoNamesOf(acme)).isEmpty();
        assertThatThrownBy(() -> offline.publish(acme, id))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.key()).contains("demoZone.none"));
    }

    @Test
    void staffHaveNoDemoNamesAndCannotPublish() {
        Actor admin = Actor.staff(null, "adam", org.certdesk.domain.account.Role.ADMIN);
        CertificateId id = submittedDv(acme, "www.acme-corporation.example.test");

        assertThat(publish.demoNamesOf(admin)).isEmpty();
        assertThatThrownBy(() -> publish.publish(admin, id)).isInstanceOf(NotPermittedException.class);
    }

    private CertificateId submittedDv(Actor customer, String name) {
        return f.transactions.inTransaction(() -> {
            Certificate slot = f.access.save(customer, Certificate.purchase(customer.tenant(), Product.single("Brand", ValidationType.DV),
                    f.clock.instant()));
            slot.submit(UseCaseFixture.dvApplication(name), f.tokens, f.policy, f.clock.instant());
            return f.access.save(customer, slot).id();
        });
    }

    private String tokenOf(Actor customer, CertificateId id) {
        return f.access.load(customer, id).verifications().getFirst().token().value();
    }

    private static Actor customerOf(Tenant tenant) {
        return Actor.customer(null, "customer-of-" + tenant.slug(), tenant.id());
    }
}
