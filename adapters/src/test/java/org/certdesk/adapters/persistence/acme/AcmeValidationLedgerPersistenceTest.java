package org.certdesk.adapters.persistence.acme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.application.ledger.DomainValidation;
import org.certdesk.application.ledger.ShowDomainValidations;
import org.certdesk.application.port.AcmeEvidenceLedger;
import org.certdesk.application.port.EvidenceReuses;
import org.certdesk.application.port.EvidenceReuses.ReusedBy;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.port.ValidationLedger;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeAccounts;
import org.certdesk.domain.acme.AcmeAuthorization;
import org.certdesk.domain.acme.AcmeAuthorizations;
import org.certdesk.domain.acme.AcmeOrder;
import org.certdesk.domain.acme.AcmeOrders;
import org.certdesk.domain.acme.ChallengeType;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.PerspectiveResult;
import org.certdesk.domain.verification.RirRegion;
import org.certdesk.domain.verification.ValidationEvidence;
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The evidence ledger on MariaDB for validations ACME challenges gathered (issue 12): the
 * authorization keeps the order it was created for, the ledger row names that order, the
 * perspectives that corroborated it and BR 4.2.1's reuse period, a later order's reuse is recorded
 * against it, and changeset 037's backfill rebuilds the row of an authorization validated before it.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class AcmeValidationLedgerPersistenceTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final IssuancePolicy POLICY = IssuancePolicy.baselineRequirements();

    @Autowired
    TestActors actors;
    @Autowired
    Tenants tenants;
    @Autowired
    AcmeAccounts accounts;
    @Autowired
    AcmeAuthorizations authorizations;
    @Autowired
    AcmeOrders orders;
    @Autowired
    AcmeEvidenceLedger acmeLedger;
    @Autowired
    EvidenceReuses reuses;
    @Autowired
    ValidationLedger ledger;
    @Autowired
    Transactions transactions;
    @Autowired
    JdbcClient jdbc;

    Actor customer;
    AcmeAccount account;
    ShowDomainValidations show;

    @BeforeEach
    void setUp() {
        customer = actors.customer();
        String unique = UUID.randomUUID().toString();
        account = accounts.save(AcmeAccount.register(customer.tenant(), unique.replace("-", ""), "{}", List.of(),
                "eab-" + unique.substring(0, 8), NOW));
        show = new ShowDomainValidations(ledger, tenants, POLICY, Clock.fixed(NOW.plus(Duration.ofMinutes(1)), ZoneOffset.UTC));
    }

    @Test
    void aValidatedAuthorizationIsListedWithTheOrderThatGatheredItAndTheOrderThatReusedIt() {
        DomainName name = DomainName.parse("acme-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com");
        Placed placed = placeAndValidate(name);

        assertThat(authorizations.find(placed.authorization().id()).orElseThrow().order()).contains(placed.order().id());
        List<DomainValidation> rows = show.page(customer, null, null, 0, 50);
        assertThat(rows).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo(name.ascii());
            assertThat(v.method()).isEqualTo(VerificationMethod.ACME_DNS_01);
            assertThat(v.brSection()).isEqualTo("3.2.2.4.7");
            assertThat(v.validatedAt()).isEqualTo(NOW);
            assertThat(v.observed()).isEqualTo("TXT _acme-challenge." + name.ascii() + " = digest");
            assertThat(v.acmeOrderId()).isEqualTo(placed.order().id().value());
            assertThat(v.gatheredFor()).isNull();
            // BR 4.2.1 as dated policy: the period in force on the day of validation.
            assertThat(v.reusableUntil()).isEqualTo(POLICY.evidenceReusableUntil(NOW));
            assertThat(v.corroboratedBy()).containsExactly("Virginia", "Frankfurt");
            assertThat(v.reusedBy()).isEmpty();
        });
        // Writing the same validation again (another node's late result) keeps one row.
        transactions.inTransaction(() -> {
            acmeLedger.recordGathered(customer.tenant(), placed.authorization().evidence().orElseThrow(), 1L, List.of());
            return null;
        });
        assertThat(show.page(customer, null, null, 0, 50)).singleElement()
                .satisfies(v -> assertThat(v.acmeOrderId()).isEqualTo(placed.order().id().value()));

        AcmeOrder second = orders.save(AcmeOrder.place(customer.tenant(), account.id(), Identifiers.of(name),
                List.of(placed.authorization().id()), "classic", null, NOW.plusSeconds(30)));
        reuses.record(customer.tenant(), placed.authorization().evidence().orElseThrow(),
                ReusedBy.acmeOrder(second.id().value()), NOW.plusSeconds(30));
        assertThat(show.page(customer, null, null, 0, 50)).singleElement().satisfies(v -> assertThat(v.reusedBy())
                .singleElement().satisfies(reuse -> assertThat(reuse.acmeOrderId()).isEqualTo(second.id().value())));

        assertThat(show.page(actors.customer(), null, null, 0, 50)).isEmpty();
    }

    @Test
    void theBackfillListsAnAuthorizationValidatedBeforeTheLedgerHeldAcmeValidations() throws IOException {
        DomainName name = DomainName.parse("backfill-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com");
        Placed placed = placeAndValidate(name);
        jdbc.sql("DELETE FROM domain_validation WHERE tenant_id = :t").param("t", customer.tenant().value()).update();

        // The backfill of changeset 037 as shipped, run for this authorization only (the database is shared).
        String backfill = backfillStatement().replace("ORDER BY a.id", "AND a.id = " + placed.authorization().id().value()
                + " ORDER BY a.id");
        assertThat(jdbc.sql(backfill).update()).isEqualTo(1);

        assertThat(show.page(customer, null, null, 0, 50)).singleElement().satisfies(v -> {
            assertThat(v.method()).isEqualTo(VerificationMethod.ACME_DNS_01);
            assertThat(v.validatedAt()).isEqualTo(NOW);
            assertThat(v.reusableUntil()).isEqualTo(POLICY.evidenceReusableUntil(NOW));
            assertThat(v.observed()).isEqualTo("TXT _acme-challenge." + name.ascii() + " = digest");
            assertThat(v.acmeOrderId()).isEqualTo(placed.order().id().value());
            assertThat(v.corroboratedBy()).isEmpty();
        });
    }

    private record Placed(AcmeAuthorization authorization, AcmeOrder order) {
    }

    /** What PlaceAcmeOrder and AnswerAcmeChallenge write, on the real adapters, each step in its transaction. */
    private Placed placeAndValidate(DomainName name) {
        AcmeOrder order = transactions.inTransaction(() -> {
            AcmeAuthorization fresh = authorizations.save(AcmeAuthorization.create(customer.tenant(), account.id(), name,
                    "token-" + UUID.randomUUID(), NOW));
            AcmeOrder saved = orders.save(AcmeOrder.place(customer.tenant(), account.id(), Identifiers.of(name),
                    List.of(fresh.id()), "classic", null, NOW));
            fresh.createdFor(saved.id());
            authorizations.save(fresh);
            return saved;
        });
        AcmeAuthorization validated = transactions.inTransaction(() -> {
            AcmeAuthorization authorization = authorizations.find(order.authorizations().get(0)).orElseThrow();
            authorization.startValidation(ChallengeType.DNS_01, NOW);
            authorization = authorizations.save(authorization);
            VerificationAttempt passed = VerificationAttempt.passed(NOW, "TXT _acme-challenge." + name.ascii() + " = digest")
                    .withPerspectives(List.of(
                            new PerspectiveResult("Virginia", RirRegion.ARIN, "US", PerspectiveResult.Outcome.SEEN, "digest"),
                            new PerspectiveResult("Frankfurt", RirRegion.RIPE_NCC, "DE", PerspectiveResult.Outcome.SEEN, "digest"),
                            new PerspectiveResult("Singapore", RirRegion.APNIC, "SG", PerspectiveResult.Outcome.NOT_SEEN, "")));
            assertThat(authorization.recordResult(ChallengeType.DNS_01, passed, null, POLICY)).isTrue();
            AcmeAuthorization saved = authorizations.save(authorization);
            ValidationEvidence evidence = saved.evidence().orElseThrow();
            acmeLedger.recordGathered(saved.tenant(), evidence, saved.order().orElseThrow().value(),
                    passed.perspectives().stream().filter(PerspectiveResult::corroborates).map(PerspectiveResult::perspective).toList());
            return saved;
        });
        return new Placed(validated, order);
    }

    private static String backfillStatement() throws IOException {
        try (InputStream in = AcmeValidationLedgerPersistenceTest.class.getResourceAsStream(
                "/db/changelog/037-acme-validations-in-ledger.sql")) {
            String changelog = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String changeset = changelog.substring(changelog.indexOf("--changeset certdesk:037-acme-validations-in-ledger-backfill"));
            return changeset.lines().filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n")).strip()
                    .replaceAll(";$", "");
        }
    }
}
