package org.certdesk.domain.acme;

import java.util.List;
import java.util.Optional;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.shared.DomainRepository;

/** Port: the stored ACME accounts. */
@DomainRepository
public interface AcmeAccounts {

    /** Inserts a new account or updates an existing one; returns it with its id. */
    AcmeAccount save(AcmeAccount account);

    Optional<AcmeAccount> find(AcmeAccountId id);

    Optional<AcmeAccount> findByThumbprint(String keyThumbprint);

    /** A tenant's accounts, newest first; every tenant's when tenant is empty (CA admins). */
    List<AcmeAccount> list(Optional<TenantId> tenant);
}
