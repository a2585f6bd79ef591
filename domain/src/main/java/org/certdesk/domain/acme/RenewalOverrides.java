package org.certdesk.domain.acme;

import java.time.Instant;
import java.util.Optional;

import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.shared.DomainRepository;

/** Port: the admin's "renew earlier" decisions per certificate (RFC 9773 4.2). */
@DomainRepository
public interface RenewalOverrides {

    record RenewBy(Instant renewBy, String reason) {
    }

    Optional<RenewBy> find(CertificateId certificate);

    void set(CertificateId certificate, Instant renewBy, String reason, String setBy, Instant at);

    /** The same for every issued certificate that came over ACME; returns how many were moved. */
    int setForAllAcmeCertificates(Instant renewBy, String reason, String setBy, Instant at);
}
