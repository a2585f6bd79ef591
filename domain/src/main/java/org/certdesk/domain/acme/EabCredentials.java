package org.certdesk.domain.acme;

import java.util.List;
import java.util.Optional;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.shared.DomainRepository;

/** Port: external account binding credentials; the adapter keeps the HMAC key sealed at rest. */
@DomainRepository
public interface EabCredentials {

    void insert(EabCredential credential);

    /** Stores the binding or the revocation of an existing credential. */
    void update(EabCredential credential);

    Optional<EabCredential> find(String keyId);

    /** A tenant's credentials, newest first; every tenant's when tenant is empty (CA admins). */
    List<EabCredential> list(Optional<TenantId> tenant);
}
