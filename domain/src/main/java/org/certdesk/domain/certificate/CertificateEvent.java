package org.certdesk.domain.certificate;

import java.time.Instant;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.verification.VerificationAttempt;

/** What a transition did; the application layer audits and notifies from these. */
public sealed interface CertificateEvent {

    TenantId tenant();

    /** Null for a certificate not yet saved. */
    CertificateId certificate();

    CertificateStatus before();

    CertificateStatus after();

    Instant at();

    record ApplicationSubmitted(TenantId tenant, CertificateId certificate, CertificateStatus before,
                                CertificateStatus after, Instant at, int round) implements CertificateEvent {
    }

    record ApplicationCancelled(TenantId tenant, CertificateId certificate, CertificateStatus before,
                                CertificateStatus after, Instant at) implements CertificateEvent {
    }

    record VerificationAttempted(TenantId tenant, CertificateId certificate, CertificateStatus before,
                                 CertificateStatus after, Instant at, Identifier identifier,
                                 VerificationAttempt attempt) implements CertificateEvent {
    }

    record ApplicationRejected(TenantId tenant, CertificateId certificate, CertificateStatus before,
                               CertificateStatus after, Instant at, String cause) implements CertificateEvent {
    }

    record ApplicationResubmitted(TenantId tenant, CertificateId certificate, CertificateStatus before,
                                  CertificateStatus after, Instant at, int round) implements CertificateEvent {
    }

    record CertificateIssued(TenantId tenant, CertificateId certificate, CertificateStatus before,
                             CertificateStatus after, Instant at, IssuedCertificate issued) implements CertificateEvent {
    }

    record CertificateRevoked(TenantId tenant, CertificateId certificate, CertificateStatus before,
                              CertificateStatus after, Instant at, RevocationReason reason) implements CertificateEvent {
    }

    record CertificateExpired(TenantId tenant, CertificateId certificate, CertificateStatus before,
                              CertificateStatus after, Instant at) implements CertificateEvent {
    }
}
