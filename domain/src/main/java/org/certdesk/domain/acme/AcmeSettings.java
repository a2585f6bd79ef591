package org.certdesk.domain.acme;

/** Port: the ACME settings the admin edits at run time (rate limits). */
public interface AcmeSettings {

    AcmeRateLimits rateLimits();

    void saveRateLimits(AcmeRateLimits limits);
}
