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

    /**
     * Fetches http://host:port/path for ACME http-01 (RFC 8555 8.3), resolving the host with this
     * perspective's own resolver as the primary's http-01 fetch does. A perspective that cannot
     * says so, and so does not corroborate.
     */
    default WebsiteFileFetcher.FileFetch http01(String host, int port, String path) {
        return new WebsiteFileFetcher.FileFetch.NotFound("this perspective has no http-01 fetch");
    }

    /**
     * Probes host:port offering only ALPN "acme-tls/1" with serverName as SNI, for ACME
     * tls-alpn-01 (RFC 8737 3), resolving the host with this perspective's own resolver as the
     * primary's probe does. A perspective that cannot says so, and so does not corroborate.
     */
    default TlsAlpnProbe.Presented tlsAlpn01(String host, int port, String serverName) {
        return new TlsAlpnProbe.Presented.Failed("this perspective has no tls-alpn-01 probe");
    }

    /** Asks the perspective now whether it answers: what the admin sees beside its name. */
    Health health();

    sealed interface Health {
        record Up(long roundTripMillis) implements Health {
        }

        record Down(String detail) implements Health {
        }
    }
}
