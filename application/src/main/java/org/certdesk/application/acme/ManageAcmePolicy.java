package org.certdesk.application.acme;

import java.time.Clock;
import java.util.List;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.acme.AcmeProfile;
import org.certdesk.domain.acme.AcmeProfiles;
import org.certdesk.domain.acme.AcmeRateLimits;
import org.certdesk.domain.acme.AcmeSettings;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.shared.Refusal;

/**
 * Use case: the CA admin reads and changes what the ACME server allows: the per-account rate
 * limits and the certificate profiles it offers (disabled ones included, so they can be enabled
 * again). Each change is audited with its before and after.
 */
public class ManageAcmePolicy {

    private final AcmeSettings settings;
    private final AcmeProfiles profiles;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Clock clock;

    public ManageAcmePolicy(AcmeSettings settings, AcmeProfiles profiles, AuditLog auditLog, Transactions transactions,
                            Clock clock) {
        this.settings = settings;
        this.profiles = profiles;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    public AcmeRateLimits rateLimits(Actor actor) {
        requireAdmin(actor);
        return transactions.inTransaction(settings::rateLimits);
    }

    public AcmeRateLimits changeRateLimits(Actor actor, AcmeRateLimits limits) {
        requireAdmin(actor);
        return transactions.inTransaction(() -> {
            AcmeRateLimits before = settings.rateLimits();
            settings.saveRateLimits(limits);
            auditLog.record(AuditEntry.of(actor, clock.instant(), null, null, "ACME rate limits changed", null, null,
                    describe(before) + " -> " + describe(limits)));
            return limits;
        });
    }

    /** Every profile, the disabled ones too (the directory advertises only the enabled). */
    public List<AcmeProfile> profiles(Actor actor) {
        requireAdmin(actor);
        return transactions.inTransaction(profiles::all);
    }

    /** Adds a profile or replaces the one of the same name. */
    public AcmeProfile saveProfile(Actor actor, AcmeProfile profile) {
        requireAdmin(actor);
        return transactions.inTransaction(() -> {
            String before = profiles.find(profile.name()).map(ManageAcmePolicy::describe).orElse("new");
            profiles.save(profile);
            auditLog.record(AuditEntry.of(actor, clock.instant(), null, null, "ACME profile saved", null, null,
                    profile.name() + ": " + before + " -> " + describe(profile)));
            return profile;
        });
    }

    private static String describe(AcmeRateLimits limits) {
        return limits.ordersPerHour() + " orders/h, " + limits.failedValidationsPerHour() + " failed validations/h";
    }

    private static String describe(AcmeProfile profile) {
        return profile.fixedValidity().map(v -> v.toDays() + " days").orElse("policy default")
                + (profile.enabled() ? ", enabled" : ", disabled");
    }

    /** A signed-in admin, not the system actor: the audit log names a person. */
    private static void requireAdmin(Actor actor) {
        if (actor.role() != Role.ADMIN || actor.account() == null) {
            throw new NotPermittedException(Refusal.of("permission.acmePolicy"));
        }
    }
}
