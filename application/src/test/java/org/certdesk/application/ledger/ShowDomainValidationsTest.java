package org.certdesk.application.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.certdesk.application.fakes.InMemoryTenants;
import org.certdesk.application.port.ValidationLedger;
import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.PageRequest;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.Test;

/**
 * The ledger's countdown follows the dated BR 4.2.1 policy (398 days before 2026-03-15, 200, then
 * 100 from 2027-03-15, 10 from 2029-03-15), and the tenant shown is the customer's own. The
 * ledger port is an in-memory list here; EvidenceLedgerPersistenceTest reads the real one.
 */
class ShowDomainValidationsTest {

    private static final IssuancePolicy POLICY = IssuancePolicy.baselineRequirements();
    private static final TenantId MINE = TenantId.of(1);
    private static final TenantId THEIRS = TenantId.of(2);

    private final List<Stored> stored = new ArrayList<>();
    private final ValidationLedger ledger = new ValidationLedger() {
        @Override
        public List<Row> page(TenantId tenant, String namePrefix, PageRequest page) {
            return stored.stream().filter(s -> s.tenant.equals(tenant)).map(Stored::row)
                    .filter(row -> namePrefix == null || row.name().startsWith(namePrefix))
                    .skip(page.offset()).limit(page.limit()).toList();
        }

        @Override
        public Optional<Instant> reusedFrom(TenantId tenant, CertificateId certificate, String identifierValue) {
            return Optional.empty();
        }
    };

    private record Stored(TenantId tenant, ValidationLedger.Row row) {
    }

    @Test
    void theCountdownFollowsThePolicyOfTheValidationDate() {
        Instant today = Instant.parse("2026-12-05T10:00:00Z");
        // Before 2026-03-15: 398 days, but cut at the 2027-03-15 step once 100 days are over (BR 4.2.1).
        validated(MINE, "a.example.com", Instant.parse("2026-03-01T10:00:00Z"));
        // 200 days from 2026-11-20 reach past 2027-03-15, where 100 days have already passed: the step ends it.
        validated(MINE, "b.example.com", Instant.parse("2026-11-20T10:00:00Z"));
        // 200 days from 2026-05-01: 2026-11-17, already over.
        validated(MINE, "c.example.com", Instant.parse("2026-05-01T10:00:00Z"));
        // 200 days from 2026-05-25: 2026-12-11, six days left.
        validated(MINE, "d.example.com", Instant.parse("2026-05-25T10:00:00Z"));

        List<DomainValidation> rows = show(today).page(customer(MINE), null, null, 0, 50);

        assertThat(rows).extracting(DomainValidation::name, DomainValidation::daysLeft, DomainValidation::reusability)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a.example.com", 0L, DomainValidation.Reusability.EXPIRED),
                        org.assertj.core.groups.Tuple.tuple("b.example.com", 100L, DomainValidation.Reusability.REUSABLE),
                        org.assertj.core.groups.Tuple.tuple("c.example.com", 0L, DomainValidation.Reusability.EXPIRED),
                        org.assertj.core.groups.Tuple.tuple("d.example.com", 6L, DomainValidation.Reusability.ENDING_SOON));
        assertThat(rows.getFirst().brSection()).isEqualTo("3.2.2.4.7");
        assertThat(show(today).page(customer(MINE), null, "  D.Example", 0, 50)).as("a search as typed finds the stored name")
                .extracting(DomainValidation::name).containsExactly("d.example.com");
    }

    @Test
    void underTheTenDayPeriodOf2029EvidenceLastsTenDays() {
        validated(MINE, "late.example.com", Instant.parse("2029-04-01T00:00:00Z"));

        assertThat(show(Instant.parse("2029-04-02T00:00:00Z")).page(customer(MINE), null, null, 0, 50))
                .singleElement().satisfies(v -> {
                    assertThat(v.daysLeft()).isEqualTo(9);
                    assertThat(v.reusability()).isEqualTo(DomainValidation.Reusability.ENDING_SOON);
                });
    }

    @Test
    void thePolicyLineNamesTodaysPeriodAndTheNextChange() {
        assertThat(show(Instant.parse("2026-12-05T10:00:00Z")).policyToday())
                .isEqualTo(new ReusePolicy(LocalDate.of(2026, 12, 5), 200, LocalDate.of(2027, 3, 15), 100));
        assertThat(show(Instant.parse("2026-01-05T10:00:00Z")).policyToday())
                .isEqualTo(new ReusePolicy(LocalDate.of(2026, 1, 5), 398, LocalDate.of(2026, 3, 15), 200));
        assertThat(show(Instant.parse("2030-01-05T10:00:00Z")).policyToday())
                .isEqualTo(new ReusePolicy(LocalDate.of(2030, 1, 5), 10, null, null));
    }

    @Test
    void aCustomerSeesOnlyTheirOwnTenantAndStaffMustPickOne() {
        validated(MINE, "mine.example.com", Instant.parse("2026-12-01T00:00:00Z"));
        validated(THEIRS, "theirs.example.com", Instant.parse("2026-12-01T00:00:00Z"));
        ShowDomainValidations show = show(Instant.parse("2026-12-05T10:00:00Z"));

        assertThat(show.page(customer(MINE), null, null, 0, 50)).extracting(DomainValidation::name).containsExactly("mine.example.com");
        assertThat(show.page(customer(MINE), MINE, null, 0, 50)).extracting(DomainValidation::name).containsExactly("mine.example.com");
        assertThatThrownBy(() -> show.page(customer(MINE), THEIRS, null, 0, 50)).isInstanceOf(NotPermittedException.class);

        Actor reviewer = Actor.staff(new AccountId(9), "reviewer", Role.REVIEWER);
        assertThat(show.page(reviewer, THEIRS, null, 0, 50)).extracting(DomainValidation::name).containsExactly("theirs.example.com");
        assertThatThrownBy(() -> show.page(reviewer, null, null, 0, 50)).isInstanceOf(DomainException.class)
                .isNotInstanceOf(NotPermittedException.class);
    }

    private void validated(TenantId tenant, String name, Instant at) {
        stored.add(new Stored(tenant, new ValidationLedger.Row(stored.size() + 1, name, VerificationMethod.DNS_TXT, at,
                "value", POLICY.evidenceReusableUntil(at), new CertificateId(stored.size() + 1), null, List.of(), null)));
    }

    private ShowDomainValidations show(Instant now) {
        return new ShowDomainValidations(ledger, new InMemoryTenants(), POLICY, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Actor customer(TenantId tenant) {
        return Actor.customer(new AccountId(tenant.value()), "customer" + tenant.value(), tenant);
    }
}
