package org.certdesk.adapters.demo;

import java.util.List;

import org.certdesk.application.port.DemoZoneAdministration;
import org.certdesk.application.port.DemoZonePublishing;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Publishes into the in-process demo zone and web root when they run, for customers (their own
 * records) and the admin (the whole zone); refuses clearly when they do not run.
 */
@Component
class DemoZonePublisher implements DemoZonePublishing, DemoZoneAdministration {

    private final DemoZoneStatus status;
    private final ObjectProvider<DemoZoneRecords> records;
    private final ObjectProvider<DemoWebFiles> files;

    DemoZonePublisher(DemoZoneStatus status, ObjectProvider<DemoZoneRecords> records, ObjectProvider<DemoWebFiles> files) {
        this.status = status;
        this.records = records;
        this.files = files;
    }

    @Override
    public String zone() {
        return status.zone().orElse("");
    }

    @Override
    public void publishTxt(String host, String value) {
        DemoZoneRecords zone = records.getIfAvailable();
        if (zone == null) {
            throw off();
        }
        zone.add(new DemoRecord(host, DemoRecordType.TXT, value));
    }

    @Override
    public void publishFile(String host, String content) {
        DemoWebFiles webRoot = files.getIfAvailable();
        if (webRoot == null) {
            throw off();
        }
        webRoot.put(host, content);
    }

    @Override
    public List<ZoneRecord> records() {
        DemoZoneRecords zone = records.getIfAvailable();
        return zone == null ? List.of() : zone.list().stream()
                .map(r -> new ZoneRecord(r.name(), RecordType.valueOf(r.type().name()), r.value())).toList();
    }

    @Override
    public void add(ZoneRecord record) {
        DemoZoneRecords zone = records.getIfAvailable();
        if (zone == null) {
            throw off();
        }
        try {
            zone.add(toDemo(record));
        } catch (IllegalArgumentException refused) {
            // A name outside the zone or a value its type cannot carry: the admin's input, said plainly.
            throw new DomainException(Refusal.of("demoZone.badRecord", new Refusal.Written(refused.getMessage())));
        }
    }

    @Override
    public boolean remove(ZoneRecord record) {
        DemoZoneRecords zone = records.getIfAvailable();
        return zone != null && zone.remove(toDemo(record));
    }

    private static DemoRecord toDemo(ZoneRecord record) {
        return new DemoRecord(record.name(), DemoRecordType.valueOf(record.type().name()), record.value());
    }

    private static DomainException off() {
        return new DomainException(Refusal.of("demoZone.off"));
    }
}
