package org.certdesk.application.port;

import java.time.Instant;
import java.util.List;

import org.certdesk.domain.certificate.CertificateId;

/** Port: which certificate followed which (a renewal, or an ACME replacement), kept to link them both ways. */
public interface CertificateSuccessions {

    void record(Succession succession);

    /** The successions in which the certificate is either side, oldest first. */
    List<Succession> involving(CertificateId certificate);

    record Succession(CertificateId predecessor, CertificateId successor, Kind kind, Instant at) {
    }

    enum Kind {
        /** Renewed in the console. */
        RENEWAL,
        /** An ACME order named it in {@code replaces} (RFC 9773 5). */
        REPLACEMENT
    }
}
