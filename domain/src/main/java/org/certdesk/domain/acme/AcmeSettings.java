package org.certdesk.domain.acme;

import org.certdesk.domain.shared.DomainRepository;

/** Port: the ACME settings the admin edits at run time (rate limits). */
@DomainRepository
public interface AcmeSettings {

    AcmeRateLimits rateLimits();

    void saveRateLimits(AcmeRateLimits limits);
}
