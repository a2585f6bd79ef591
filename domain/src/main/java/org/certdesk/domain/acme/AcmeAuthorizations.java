package org.certdesk.domain.acme;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.shared.DomainRepository;

/** Port: ACME authorizations. Saves check the version the authorization was loaded with. */
@DomainRepository
public interface AcmeAuthorizations {

    AcmeAuthorization save(AcmeAuthorization authorization);

    Optional<AcmeAuthorization> find(AcmeAuthorizationId id);

    List<AcmeAuthorization> findAll(List<AcmeAuthorizationId> ids);

    /** A valid authorization of the tenant for exactly this identifier whose evidence is still reusable at the instant. */
    Optional<AcmeAuthorization> findReusable(TenantId tenant, Identifier identifier, Instant at);

    /** Pending authorizations with a challenge in processing: validations a stopped process never finished. */
    List<AcmeAuthorization> findProcessing(int limit);

    /** How many authorizations of an account failed since the given instant (rate limits). */
    int countFailedSince(AcmeAccountId account, Instant since);
}
