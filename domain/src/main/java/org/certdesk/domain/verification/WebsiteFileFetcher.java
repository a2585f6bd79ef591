package org.certdesk.domain.verification;

/**
 * Port: fetches http://&lt;host&gt;/.well-known/pki-validation/fileauth.txt on an Authorized Port,
 * following no redirects, with bounded time and size (BR 3.2.2.4.18).
 */
public interface WebsiteFileFetcher {

    FileFetch fetch(String url);

    sealed interface FileFetch {
        /** A 2xx response and its body. */
        record Content(String body) implements FileFetch {
        }

        /** Anything but 2xx, or nothing listening. */
        record NotFound(String detail) implements FileFetch {
        }

        record TimedOut() implements FileFetch {
        }
    }
}
