package org.certdesk.application.fakes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.certdesk.application.port.DemoZonePublishing;

/** The demo zone's TXT records and web files in memory. */
public final class InMemoryDemoZone implements DemoZonePublishing {

    private final String zone;
    public final Map<String, String> txt = new ConcurrentHashMap<>();
    public final Map<String, String> files = new ConcurrentHashMap<>();

    public InMemoryDemoZone(String zone) {
        this.zone = zone;
    }

    @Override
    public String zone() {
        return zone;
    }

    @Override
    public void publishTxt(String host, String value) {
        txt.put(host, value);
    }

    @Override
    public void publishFile(String host, String content) {
        files.put(host, content);
    }
}
