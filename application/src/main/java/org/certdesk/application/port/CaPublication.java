package org.certdesk.application.port;

import java.util.Optional;

/**
 * Port: what the CA publishes for relying parties without sign-in: the root to trust, each CA
 * certificate at its AIA caIssuers URL (DER, RFC 5280 4.2.2.1) and each CA's current CRL at its
 * CRL distribution point (DER, RFC 5280 4.2.1.13; BR 4.9.7 "publicly-accessible HTTP URL").
 */
public interface CaPublication {

    /** The root certificate in PEM, for people to install as a trust anchor. */
    String rootPem();

    /** The DER certificate of the CA with this id, empty when there is no such CA. */
    Optional<byte[]> caCertificateDer(String caId);

    /** The DER encoding of the current CRL of the CA with this id, empty when there is no such CA. */
    Optional<byte[]> crlDer(String caId);

    /** The hierarchy, root first, each with its current CRL's number and dates (the admin's view). */
    java.util.List<Authority> authorities();

    record Authority(String id, String role, String subject, long crlNumber, java.time.Instant crlThisUpdate,
                     java.time.Instant crlNextUpdate) {
    }
}
