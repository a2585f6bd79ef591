package org.certdesk.application.details;

import java.time.Instant;
import java.util.List;

import org.certdesk.application.port.X509Facts;
import org.certdesk.domain.upload.UploadedCertificateId;

/**
 * Read model of an uploaded certificate for its details page: the facts its PEM carries. This
 * CA neither linted, validated, revoked nor ordered it, so there is nothing of those to show.
 *
 * @param chain    the certificates uploaded after it, as given (possibly none)
 * @param daysLeft whole days until notAfter; negative once expired
 */
public record UploadedCertificateDetails(UploadedCertificateId id, String label, List<String> names, X509Facts leaf,
                                         List<X509Facts> chain, long daysLeft, Instant uploadedAt, String uploadedBy) {

    public UploadedCertificateDetails {
        names = List.copyOf(names);
        chain = List.copyOf(chain);
    }

    public String chainPem() {
        return String.join("", chain.stream().map(X509Facts::pem).toList());
    }
}
