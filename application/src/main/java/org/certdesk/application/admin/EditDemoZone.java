package org.certdesk.application.admin;

import java.util.List;

import org.certdesk.application.port.DemoZoneAdministration;
import org.certdesk.application.port.DemoZoneAdministration.ZoneRecord;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.shared.TextLimit;
import org.certdesk.domain.shared.FieldName;

/**
 * Use case: the CA admin edits the demo DNS zone of the embedded default (TXT, A and CAA
 * records), e.g. to show a CAA refusal. Admins only; refused clearly when no demo zone runs.
 */
public class EditDemoZone {

    /** RFC 1035 2.3.4 (253 in text form without the trailing dot, plus it). */
    public static final int MAX_NAME_LENGTH = 254;
    /**
     * The server splits a long TXT value into 255-octet strings; 1 KiB stays well inside a UDP
     * answer's room, CAA and A values are far shorter.
     */
    public static final int MAX_VALUE_LENGTH = 1024;

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
        TextLimit.atMost(record.name().strip(), FieldName.of("recordName"), MAX_NAME_LENGTH);
        TextLimit.atMost(record.value().strip(), FieldName.of("recordValue"), MAX_VALUE_LENGTH);
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
