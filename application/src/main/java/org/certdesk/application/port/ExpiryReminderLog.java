package org.certdesk.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.CertificateId;

/**
 * When an expiry reminder last went out for each issued certificate (per notAfter, so a
 * certificate issued again starts afresh), and which certificates need none any more because
 * they were renewed.
 */
public interface ExpiryReminderLog {

    /** An issued certificate that expires soon and was not renewed, with its last reminder for this notAfter. */
    record Candidate(CertificateId certificate, TenantId tenant, Instant notAfter, Optional<Instant> lastSent) {
    }

    /**
     * Issued certificates whose notAfter lies in (from, to], not stopped, with ids above
     * {@code afterId}, in id order: the caller pages through them all.
     */
    List<Candidate> candidates(Instant from, Instant to, long afterId, int limit);

    void recordSent(CertificateId certificate, Instant notAfter, Instant at);

    /** No more reminders for this certificate's notAfter (it was renewed). */
    void stop(CertificateId certificate, Instant notAfter, Instant at);
}
