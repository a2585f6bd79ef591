package org.certdesk.domain.acme;

import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;

/**
 * Port: fetches http://host:port/path for the http-01 challenge (RFC 8555 8.3, BR 3.2.2.4.19),
 * resolving the host through the CA's own DNS resolver (the one the TXT and CAA checks use, so
 * every check sees the same DNS), following no redirects, with bounded time and size.
 */
public interface Http01Fetcher {

    FileFetch fetch(String host, int port, String path);
}
