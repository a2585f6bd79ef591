package org.certdesk.adapters.persistence.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.application.catalogue.EditProductCatalogue;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.application.support.EventMail;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.catalogue.BrandOffer;
import org.certdesk.domain.catalogue.ProductCatalogue;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.application.port.Notifications;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.NotPermittedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The product catalogue in MariaDB (seeded by changeset 011), edited by the admin and enforced on purchase. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class ProductCatalogueTest {

    @Autowired
    TestActors actors;
    @Autowired
    ProductCatalogue catalogue;
    @Autowired
    Certificates certificates;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Transactions transactions;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    EditProductCatalogue edit;
    BuyCertificates buy;
    Actor admin;
    Actor customer;
    String brand;

    @BeforeEach
    void setUp() {
        edit = new EditProductCatalogue(catalogue, auditLog, transactions, clock);
        buy = new BuyCertificates(new CertificateAccess(certificates, auditLog, new EventMail(notifications), transactions, clock), catalogue,
                transactions, clock);
        admin = actors.staff(Role.ADMIN);
        customer = actors.customer();
        // Each test sells its own brand: the seeded ones stay as they are for every other test.
        brand = "Brand " + unique();
        edit.addBrand(admin, brand);
    }

    @Test
    void theSeededCatalogueSellsWhatTheBuyDialogOfferedBefore() {
        for (String seeded : new String[] {"CertDesk", "CertDesk Trust"}) {
            BrandOffer offer = catalogue.find(seeded).orElseThrow();
            assertThat(offer.enabled()).isTrue();
            assertThat(offer.types()).containsExactly(ValidationType.DV, ValidationType.OV, ValidationType.EV);
            assertThat(offer.coverages()).containsExactly(Coverage.SINGLE, Coverage.WILDCARD, Coverage.MULTI_DOMAIN);
            assertThat(offer.maxNameSlots()).isEqualTo(250);
        }
    }

    @Test
    void allowancesRoundTripAndAreAudited() {
        BrandOffer changed = edit.changeAllowances(admin, brand, EnumSet.of(ValidationType.OV), EnumSet.of(Coverage.SINGLE,
                Coverage.MULTI_DOMAIN), 5);

        BrandOffer loaded = catalogue.find(brand.toUpperCase()).orElseThrow();
        assertThat(loaded).isEqualTo(changed);
        assertThat(loaded.brand()).isEqualTo(brand);
        assertThat(loaded.types()).containsExactly(ValidationType.OV);
        assertThat(loaded.coverages()).containsExactly(Coverage.SINGLE, Coverage.MULTI_DOMAIN);
        assertThat(loaded.maxNameSlots()).isEqualTo(5);
        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE actor = ? ORDER BY id", String.class, admin.username()))
                .containsExactly("Product brand added", "Product brand changed");
    }

    @Test
    void purchasesAreRefusedWhereTheBrandDoesNotSell() {
        edit.changeAllowances(admin, brand, EnumSet.of(ValidationType.DV, ValidationType.EV),
                EnumSet.of(Coverage.SINGLE, Coverage.WILDCARD, Coverage.MULTI_DOMAIN), 3);

        assertThat(buy.buy(command(ValidationType.DV, Coverage.MULTI_DOMAIN, 3))).hasSize(1);
        assertRefused(command(ValidationType.OV, Coverage.SINGLE, 1), brand + " does not offer OV certificates.");
        assertRefused(command(ValidationType.DV, Coverage.MULTI_DOMAIN, 4), brand + " multi-domain certificates have at most 3 names.");
        // The product's own rule holds even where the brand allows both EV and wildcard (EV Guidelines 9.8.1).
        assertRefused(command(ValidationType.EV, Coverage.WILDCARD, 1), "EV certificates never cover wildcard names.");

        edit.changeAllowances(admin, brand, EnumSet.of(ValidationType.DV), EnumSet.of(Coverage.SINGLE), 3);
        assertRefused(command(ValidationType.DV, Coverage.WILDCARD, 1), brand + " does not offer wildcard certificates.");
        assertRefused(new BuyCertificates.Command(customer, "No such brand", ValidationType.DV, Coverage.SINGLE, 1, 1),
                "No brand No such brand is sold.");
    }

    @Test
    void aDisabledBrandIsNeitherOfferedNorSoldUntilEnabledAgain() {
        assertThat(buy.offers(customer)).extracting(BrandOffer::brand).contains(brand, "CertDesk");

        edit.setEnabled(admin, brand, false);

        assertThat(buy.offers(customer)).extracting(BrandOffer::brand).doesNotContain(brand).contains("CertDesk");
        assertThat(edit.brands(admin)).extracting(BrandOffer::brand).contains(brand);
        assertRefused(command(ValidationType.DV, Coverage.SINGLE, 1), brand + " is no longer sold.");

        edit.setEnabled(admin, brand, true);
        assertThat(buy.buy(command(ValidationType.DV, Coverage.SINGLE, 1))).hasSize(1);
    }

    @Test
    void badChangesAreRefusedReadably() {
        assertThatThrownBy(() -> edit.addBrand(admin, brand.toLowerCase())).isInstanceOf(DomainException.class)
                .hasMessage("The brand " + brand.toLowerCase() + " exists already.");
        assertThatThrownBy(() -> edit.changeAllowances(admin, brand, Set.of(), EnumSet.of(Coverage.SINGLE), 2))
                .hasMessage("A brand offers at least one validation type.");
        assertThatThrownBy(() -> edit.changeAllowances(admin, brand, EnumSet.of(ValidationType.DV), EnumSet.of(Coverage.SINGLE), 251))
                .hasMessage("A multi-domain certificate has between 2 and 250 names.");
        assertThatThrownBy(() -> edit.addBrand(admin, " ")).hasMessage("A brand needs a name.");
    }

    @Test
    void aStaleChangeIsRefused() {
        BrandOffer loaded = catalogue.find(brand).orElseThrow();
        catalogue.save(loaded.withEnabled(false));

        assertThatThrownBy(() -> catalogue.save(loaded.withAllowances(EnumSet.of(ValidationType.DV), EnumSet.of(Coverage.SINGLE), 2)))
                .isInstanceOf(DomainException.class).hasMessageContaining("Someone else changed the brand");
        assertThat(catalogue.find(brand).orElseThrow().types()).hasSize(3);
    }

    @Test
    void onlyTheAdminEditsTheCatalogue() {
        Actor reviewer = actors.staff(Role.REVIEWER);
        for (Actor refused : new Actor[] {customer, reviewer}) {
            assertThatThrownBy(() -> edit.setEnabled(refused, brand, false)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> edit.addBrand(refused, "Sneaky " + unique())).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> edit.brands(refused)).isInstanceOf(NotPermittedException.class);
        }
        assertThat(catalogue.find(brand).orElseThrow().enabled()).isTrue();
    }

    private BuyCertificates.Command command(ValidationType type, Coverage coverage, int slots) {
        return new BuyCertificates.Command(customer, brand, type, coverage, slots, 1);
    }

    private void assertRefused(BuyCertificates.Command command, String message) {
        assertThatThrownBy(() -> buy.buy(command)).isInstanceOf(DomainException.class).hasMessage(message);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
