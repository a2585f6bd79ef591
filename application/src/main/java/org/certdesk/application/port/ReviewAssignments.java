package org.certdesk.application.port;

import java.time.Instant;
import java.util.Optional;

import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.certificate.CertificateId;

/** Port: which reviewer has claimed an application round. One claim per round; the first wins. */
public interface ReviewAssignments {

    /** Claims the round for the reviewer unless someone holds it; returns whoever holds it afterwards. */
    Assignment claim(CertificateId certificate, int round, AccountId reviewer, String username, Instant at);

    Optional<Assignment> of(CertificateId certificate, int round);

    record Assignment(AccountId reviewer, String username, Instant at) {
    }
}
