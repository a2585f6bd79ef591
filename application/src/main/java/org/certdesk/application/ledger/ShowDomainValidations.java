package org.certdesk.application.ledger;

import java.net.IDN;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.certdesk.application.port.ValidationLedger;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.PageRequest;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.shared.Refusal;

/**
 * Use case: the evidence ledger, every domain validation of a tenant per name with how long BR
 * 4.2.1 still lets it be reused and who reused it. A customer sees only their own tenant; CA
 * admins and reviewers pick any tenant. Read in pages: a tenant may have thousands.
 */
public class ShowDomainValidations {

    /** Below this many days of reuse left the badge turns amber: time to plan a fresh validation. */
    public static final int ENDING_SOON_DAYS = 30;
    private static final long SECONDS_PER_DAY = 86_400;
    private static final int MAX_SEARCH_LENGTH = 254;

    private final ValidationLedger ledger;
    private final Tenants tenants;
    private final IssuancePolicy policy;
    private final Clock clock;

    public ShowDomainValidations(ValidationLedger ledger, Tenants tenants, IssuancePolicy policy,
                                 Clock clock) {
        this.ledger = ledger;
        this.tenants = tenants;
        this.policy = policy;
        this.clock = clock;
    }

    /** The tenants staff may pick from, by name; customers have no picker. */
    public List<Tenant> tenants(Actor actor) {
        actor.requireStaff();
        return tenants.findAll();
    }

    /**
     * One window of the ledger, at most {@link PageRequest#MAX_LIMIT} rows per call.
     *
     * @param tenant     the tenant to show: null or their own for a customer, required for staff
     * @param nameSearch the start of the names to show as typed (Unicode or ASCII); null or blank for all
     */
    public List<DomainValidation> page(Actor actor, TenantId tenant, String nameSearch, int offset, int limit) {
        TenantId shown = tenantFor(actor, tenant);
        Instant now = clock.instant();
        List<DomainValidation> rows = new ArrayList<>();
        for (ValidationLedger.Row row : ledger.page(shown, storedPrefix(nameSearch),
                new PageRequest(offset, Math.min(limit, PageRequest.MAX_LIMIT)))) {
            rows.add(toValidation(row, now));
        }
        return rows;
    }

    /** When the evidence a certificate reused for a name was gathered; empty if it validated the name itself. */
    public Optional<Instant> reusedFrom(Actor actor, TenantId tenant, CertificateId certificate, Identifier name) {
        return ledger.reusedFrom(tenantFor(actor, tenant), certificate, name.value());
    }

    /** Today's BR 4.2.1 reuse period and the next step of the dated schedule. */
    public ReusePolicy policyToday() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var schedule = policy.evidenceReuseSchedule();
        Map.Entry<LocalDate, Integer> next = schedule.stepsAfter(today).firstEntry();
        return new ReusePolicy(today, schedule.valueOn(today), next == null ? null : next.getKey(),
                next == null ? null : next.getValue());
    }

    /**
     * A search as the names are stored: lower-case ASCII, a Unicode search ("例子.") as punycode;
     * cut one character past the longest name, which a longer paste cannot match either.
     */
    private static String storedPrefix(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        String typed = search.strip().toLowerCase(Locale.ROOT);
        typed = typed.length() > MAX_SEARCH_LENGTH ? typed.substring(0, MAX_SEARCH_LENGTH) : typed;
        try {
            return IDN.toASCII(typed, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAName) {
            return typed;
        }
    }

    private TenantId tenantFor(Actor actor, TenantId requested) {
        if (actor.role() == Role.CUSTOMER) {
            // A customer's own tenant only: asking for another is refused, not silently redirected.
            if (requested != null && !requested.equals(actor.tenant())) {
                throw new NotPermittedException(Refusal.of("permission.otherTenant"));
            }
            return actor.tenant();
        }
        if (requested == null) {
            throw new DomainException(Refusal.of("ledger.pickTenant"));
        }
        return requested;
    }

    private static DomainValidation toValidation(ValidationLedger.Row row, Instant now) {
        long secondsLeft = Duration.between(now, row.reusableUntil()).getSeconds();
        long daysLeft = secondsLeft <= 0 ? 0 : (secondsLeft + SECONDS_PER_DAY - 1) / SECONDS_PER_DAY;
        DomainValidation.Reusability reusability = secondsLeft <= 0 ? DomainValidation.Reusability.EXPIRED
                : daysLeft < ENDING_SOON_DAYS ? DomainValidation.Reusability.ENDING_SOON
                : DomainValidation.Reusability.REUSABLE;
        return new DomainValidation(row.id(), Identifier.restore(row.name()).display(), row.method(), row.validatedAt(),
                row.observed(), row.gatheredFor(), row.gatheredByAcmeOrder(), row.reusableUntil(), daysLeft, reusability, row.reusedBy(),
                row.corroboratedBy() == null ? List.of() : List.of(row.corroboratedBy().split(", ")));
    }
}
