package org.certdesk.application.verification;

import java.util.Locale;
import java.util.Optional;

import org.certdesk.application.port.DemoZonePublishing;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * Each tenant's own part of the demo zone, {@code <tenant slug>.<zone>}: that name and every
 * name under it. A tenant gets demo names validated only there (the console's one-click publish,
 * ACME orders), so one tenant cannot validate a demo name another tenant uses.
 */
public class DemoZoneParts {

    private final DemoZonePublishing zone;
    private final Tenants tenants;

    public DemoZoneParts(DemoZonePublishing zone, Tenants tenants) {
        this.zone = zone;
        this.tenants = tenants;
    }

    /** The tenant's part, e.g. {@code acme-corporation.example.test}; empty when no demo zone is served. */
    public Optional<String> partOf(TenantId tenant) {
        if (!zone.isServed()) {
            return Optional.empty();
        }
        Tenant stored = tenants.findById(tenant).orElseThrow(() -> new IllegalStateException("No tenant " + tenant));
        return Optional.of(stored.slug().value() + "." + zone.zone());
    }

    /** Whether an ASCII name lies under the served demo zone. */
    public boolean inZone(String asciiName) {
        return zone.isServed() && under(asciiName, zone.zone());
    }

    /** Refuses a name under the demo zone that is outside the tenant's part; other names pass. */
    public void requireOwn(TenantId tenant, String asciiName) {
        if (!inZone(asciiName)) {
            return;
        }
        String part = partOf(tenant).orElseThrow();
        if (!asciiName.equalsIgnoreCase(part) && !under(asciiName, part)) {
            throw new DomainException(Refusal.of("demoZone.notYourPart", asciiName, part));
        }
    }

    private static boolean under(String asciiName, String parent) {
        return asciiName.toLowerCase(Locale.ROOT).endsWith("." + parent.toLowerCase(Locale.ROOT));
    }
}
