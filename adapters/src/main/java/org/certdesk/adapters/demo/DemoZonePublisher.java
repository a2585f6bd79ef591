package org.certdesk.adapters.demo;

import org.certdesk.application.port.DemoZonePublishing;
import org.certdesk.domain.shared.DomainException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Publishes into the in-process demo zone and web root when they run; refuses clearly when they do not. */
@Component
class DemoZonePublisher implements DemoZonePublishing {

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

    private static DomainException off() {
        return new DomainException("The demo zone is off because a DNS resolver is configured: publish the record at your DNS provider.");
    }
}
