package org.certdesk.application.admin;

import java.util.List;

import org.certdesk.application.port.DemoZoneAdministration;
import org.certdesk.application.port.DemoZoneAdministration.ZoneRecord;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.shared.NotPermittedException;

/**
 * Use case: the CA admin edits the demo DNS zone of the embedded default (TXT, A and CAA
 * records), e.g. to show a CAA refusal. Admins only; refused clearly when no demo zone runs.
 */
public class EditDemoZone {

    private final DemoZoneAdministration zone;

    public EditDemoZone(DemoZoneAdministration zone) {
        this.zone = zone;
    }

    public String zoneName(Actor actor) {
        requireAdmin(actor);
        return zone.zone();
    }

    public List<ZoneRecord> records(Actor actor) {
        requireAdmin(actor);
        return zone.records();
    }

    public void add(Actor actor, ZoneRecord record) {
        requireServed(actor);
        if (record.name() == null || record.name().isBlank() || record.value() == null || record.value().isBlank()) {
            throw new DomainException(Refusal.of("demoZone.recordIncomplete"));
        }
        zone.add(record);
    }

    public boolean remove(Actor actor, ZoneRecord record) {
        requireServed(actor);
        return zone.remove(record);
    }

    private void requireServed(Actor actor) {
        requireAdmin(actor);
        if (zone.zone().isEmpty()) {
            throw new DomainException(Refusal.of("demoZone.resolverConfigured"));
        }
    }

    private static void requireAdmin(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new NotPermittedException(Refusal.of("permission.demoZone"));
        }
    }
}
