package org.certdesk.application.port;

/**
 * Port: the embedded default's demo DNS zone and web root, where a newcomer can publish a
 * verification record without a DNS provider of their own. Off when a real resolver is set.
 */
public interface DemoZonePublishing {

    /** The demo zone's name, e.g. "example.test"; empty when no demo zone is served. */
    String zone();

    default boolean isServed() {
        return !zone().isEmpty();
    }

    void publishTxt(String host, String value);

    void publishFile(String host, String content);
}
