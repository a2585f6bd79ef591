package org.certdesk.domain.verification;

/**
 * One remote Network Perspective (BR 3.2.2.9): DNS queries answered by its own resolver and
 * files fetched by its own HTTP client, over an authenticated and encrypted channel; nothing it
 * sees is cached for, or shared with, another perspective.
 */
public interface RemotePerspective {

    PerspectiveSite site();

    DnsLookup dns();

    WebsiteFileFetcher files();

    /** Asks the perspective now whether it answers: what the admin sees beside its name. */
    Health health();

    sealed interface Health {
        record Up(long roundTripMillis) implements Health {
        }

        record Down(String detail) implements Health {
        }
    }
}
