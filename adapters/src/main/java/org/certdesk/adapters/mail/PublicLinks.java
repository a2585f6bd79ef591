package org.certdesk.adapters.mail;

import java.net.URI;

import org.certdesk.domain.certificate.CertificateId;

/**
 * Links a customer can open from a mail: they must point at the console's public address
 * ({@code certdesk.public-url}), never at whatever host happened to send the mail.
 */
record PublicLinks(String baseUrl) {

    PublicLinks {
        URI.create(baseUrl); // fail at start-up on a malformed URL, not in the first mail
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String certificate(CertificateId id) {
        return baseUrl + "/certificates/" + id;
    }

    /** An absolute URL stays as it is; a path such as {@code /verify/abc} is put under the public URL. */
    String resolve(String pathOrUrl) {
        if (pathOrUrl.startsWith("http://") || pathOrUrl.startsWith("https://")) {
            return pathOrUrl;
        }
        return baseUrl + (pathOrUrl.startsWith("/") ? "" : "/") + pathOrUrl;
    }
}
