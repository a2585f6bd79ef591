package org.certdesk.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.certdesk.domain.certificate.CertificateId;

/**
 * Port: applications approved for issuance, one entry per certificate and round, written in the
 * approval's transaction. An entry stays open until the certificate is marked issued, so an
 * approval survives a crash between the approval and the CA's signature: the restart sweep
 * (FinishApprovedIssuances) finds it and finishes the issuance.
 */
public interface ApprovedIssuances {

    /** Idempotent per certificate and round: a repeated approval keeps the first time. */
    void record(CertificateId certificate, int round, Instant approvedAt);

    /**
     * Locks the open entry until the transaction ends, so only one issuer signs for a certificate
     * at a time; false when there is none (issued meanwhile, or never approved).
     */
    boolean lockOpen(CertificateId certificate, int round);

    /** Closes the entry: the certificate is issued. */
    void close(CertificateId certificate, int round, Instant issuedAt);

    /** Notes that a sweep, not the approval itself, finished the issuance. */
    void markResumed(CertificateId certificate, int round, Instant at);

    /** The open entries approved before the given time, oldest first. */
    List<Open> openBefore(Instant approvedBefore, int limit);

    /** When a sweep resumed this round's issuance, if one did. */
    Optional<Instant> resumedAt(CertificateId certificate, int round);

    record Open(CertificateId certificate, int round, Instant approvedAt) {
    }
}
