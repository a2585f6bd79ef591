package org.certdesk.application.acme;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.certdesk.application.port.EvidenceReuses;
import org.certdesk.application.port.EvidenceReuses.ReusedBy;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.verification.DemoZoneParts;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeAuthorization;
import org.certdesk.domain.acme.AcmeAuthorizationId;
import org.certdesk.domain.acme.AcmeAuthorizations;
import org.certdesk.domain.acme.AcmeOrder;
import org.certdesk.domain.acme.AcmeOrders;
import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.AcmeProblemType;
import org.certdesk.domain.acme.AcmeProfile;
import org.certdesk.domain.acme.AcmeProfiles;
import org.certdesk.domain.acme.AcmeRateLimits;
import org.certdesk.domain.acme.AcmeSettings;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.verification.ValidationEvidence;
import org.certdesk.domain.verification.TokenSource;

/**
 * Use case: newOrder (RFC 8555 7.4). Checks the names with the console's rules and the CA's
 * willingness to issue, enforces the account's hourly order limit, and gives each name an
 * authorization: a valid one of the same tenant whose evidence may still be reused (BR 4.2.1),
 * else one made valid by the console's evidence for the name, else a new pending one with a fresh
 * random token (RFC 8555 8.1: at least 128 bits) that names this order as the one gathering its
 * evidence. Evidence reused either way is recorded in the evidence ledger as reused by the order.
 */
public class PlaceAcmeOrder {


    private final AcmeOrders orders;
    private final AcmeAuthorizations authorizations;
    private final AcmeProfiles profiles;
    private final AcmeSettings settings;
    private final ReplacedCertificates replaced;
    private final ConsoleEvidence consoleEvidence;
    private final EvidenceReuses evidenceReuses;
    private final IssuancePolicy policy;
    private final BooleanSupplier demoZoneServed;
    private final DemoZoneParts demoZoneParts;
    private final TokenSource random;
    private final Transactions transactions;
    private final Clock clock;

    public PlaceAcmeOrder(AcmeOrders orders, AcmeAuthorizations authorizations, AcmeProfiles profiles,
                          AcmeSettings settings, ReplacedCertificates replaced, ConsoleEvidence consoleEvidence,
                          EvidenceReuses evidenceReuses, IssuancePolicy policy,
                          BooleanSupplier demoZoneServed, DemoZoneParts demoZoneParts, TokenSource random,
                          Transactions transactions, Clock clock) {
        this.replaced = replaced;
        this.consoleEvidence = consoleEvidence;
        this.evidenceReuses = evidenceReuses;
        this.orders = orders;
        this.authorizations = authorizations;
        this.profiles = profiles;
        this.settings = settings;
        this.policy = policy;
        this.demoZoneServed = demoZoneServed;
        this.demoZoneParts = demoZoneParts;
        this.random = random;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param replaces the ARI certificate id of the certificate this order renews (RFC 9773 5), or null */
    public record Command(AcmeAccount account, List<AcmeIdentifierInput> identifiers, String profile, String replaces) {
    }

    public AcmeOrder place(Command command) {
        AcmeAccount account = command.account().requireValid();
        Identifiers identifiers = AcmeIdentifierInput.parseAll(command.identifiers());
        try {
            policy.willingToIssue(identifiers, demoZoneServed.getAsBoolean());
            // Demo names only in the tenant's own part of the demo zone, as in the console.
            for (Identifier identifier : identifiers) {
                if (identifier instanceof DomainName name) {
                    demoZoneParts.requireOwn(account.tenant(), name.baseDomain().ascii());
                }
            }
        } catch (DomainException refused) {
            throw new AcmeProblem(AcmeProblemType.REJECTED_IDENTIFIER, refused.getMessage());
        }
        String profileName = command.profile() == null || command.profile().isBlank() ? AcmeProfile.DEFAULT : command.profile();
        AcmeProfile profile = profiles.find(profileName).filter(AcmeProfile::enabled)
                .orElseThrow(() -> new AcmeProblem(AcmeProblemType.INVALID_PROFILE, "No profile named '" + profileName
                        + "' is offered; the directory's meta lists the profiles."));
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            AcmeRateLimits limits = settings.rateLimits();
            Instant hourAgo = now.minus(Duration.ofHours(1));
            if (limits.ordersPerHour() > 0 && orders.countPlacedSince(account.id(), hourAgo) >= limits.ordersPerHour()) {
                throw AcmeProblem.rateLimited("This account placed " + limits.ordersPerHour()
                        + " orders in the last hour, its limit.", Duration.ofMinutes(5));
            }
            if (limits.tenantOrdersPerHour() > 0
                    && orders.countPlacedByTenantSince(account.tenant(), hourAgo) >= limits.tenantOrdersPerHour()) {
                throw AcmeProblem.rateLimited("The accounts of your organization placed " + limits.tenantOrdersPerHour()
                        + " orders in the last hour, its limit.", Duration.ofMinutes(5));
            }
            if (command.replaces() != null) {
                replaced.requireReplaceable(account, command.replaces(), identifiers);
            }
            List<AcmeAuthorization> authorizationsOfOrder = new ArrayList<>();
            List<AcmeAuthorization> created = new ArrayList<>();
            List<ValidationEvidence> reused = new ArrayList<>();
            for (Identifier identifier : identifiers) {
                Optional<AcmeAuthorization> earlier = authorizations.findReusable(account.tenant(), identifier, now);
                Optional<ValidationEvidence> fromConsole = earlier.isPresent() ? Optional.empty()
                        : consoleEvidence.reusable(account.tenant(), identifier, now);
                if (earlier.isPresent()) {
                    earlier.get().evidence().ifPresent(reused::add);
                    authorizationsOfOrder.add(earlier.get());
                } else if (fromConsole.isPresent()) {
                    reused.add(fromConsole.get());
                    authorizationsOfOrder.add(authorizations.save(AcmeAuthorization.fromEvidence(account.tenant(), account.id(),
                            fromConsole.get(), ChallengeTokens.next(random), now)));
                } else {
                    AcmeAuthorization fresh = authorizations.save(AcmeAuthorization.create(account.tenant(), account.id(),
                            identifier, ChallengeTokens.next(random), now));
                    created.add(fresh);
                    authorizationsOfOrder.add(fresh);
                }
            }
            List<AcmeAuthorizationId> ids = authorizationsOfOrder.stream().map(AcmeAuthorization::id).toList();
            AcmeOrder order = AcmeOrder.place(account.tenant(), account.id(), identifiers, ids, profile.name(), command.replaces(), now);
            order.refresh(authorizationsOfOrder, now);
            // The account row is not written here: concurrent orders of one account would each hold a
            // shared lock on it (the foreign keys) and then wait for an exclusive one, a deadlock.
            AcmeOrder saved = orders.save(order);
            // The new authorizations name this order: the one whose challenges gather their evidence (the ledger shows it).
            for (AcmeAuthorization fresh : created) {
                fresh.createdFor(saved.id());
                authorizations.save(fresh);
            }
            reused.forEach(evidence -> evidenceReuses.record(account.tenant(), evidence,
                    ReusedBy.acmeOrder(saved.id().value()), now));
            return saved;
        });
    }
}
