package org.certdesk.domain.certificate;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.shared.DomainRepository;

/** Port: the repository of certificates. Every read by id is scoped to a tenant. */
@DomainRepository
public interface Certificates {

    /**
     * Stores the aggregate; refuses with a conflict when the stored version is not the one the
     * aggregate was loaded with (optimistic locking). Returns the saved state with its id and
     * new version.
     */
    Certificate save(Certificate certificate);

    Optional<Certificate> findById(TenantId tenant, CertificateId id);

    /** Those of the ids that are the tenant's certificates, in the order asked; one query where the store can. */
    default List<Certificate> findAllById(TenantId tenant, List<CertificateId> ids) {
        return ids.stream().flatMap(id -> findById(tenant, id).stream()).toList();
    }

    /** Removes a purchased slot that was merged into a combined certificate (it never had an application round). */
    void deleteUnused(Certificate certificate);

    /** A tenant's certificates whose application names exactly this identifier (its value), newest first. */
    List<Certificate> findWithName(TenantId tenant, String identifierValue, int limit);

    /** Any tenant's certificate: only for CA staff and automation, after their role is checked. */
    Optional<Certificate> findAnyById(CertificateId id);

    /** How many of a tenant's certificates are in each status (absent statuses have none). */
    Map<CertificateStatus, Long> countByStatus(TenantId tenant);

    /** A tenant's issued certificates whose notAfter falls in [from, to), soonest first. */
    List<Certificate> issuedExpiringBetween(TenantId tenant, Instant from, Instant to, int limit);

    /** How many certificates a tenant had issued per month (UTC) since the given instant. */
    Map<YearMonth, Long> issuedPerMonth(TenantId tenant, Instant since);

    /** OV/EV applications still Verifying that were submitted before the cut-off, for the overdue sweep. */
    List<Certificate> findVerifyingSubmittedBefore(Instant cutoff, int limit);

    /** Certificates still Verifying (any tenant), longest waiting first, for the scheduled domain re-check. */
    List<CertificateId> verifying(int limit);

    /** Issued certificates whose notAfter has passed, for the expiry sweep. */
    List<Certificate> findIssuedExpiredBefore(Instant instant, int limit);
}
