package org.certdesk.application.port;

import java.time.Instant;
import java.util.Optional;

import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.NotificationKind;
import org.certdesk.domain.name.EmailAddress;

/**
 * Port: notifications the SMTP server did not accept since start-up. The business action that
 * asked for them went ahead; an admin view shows these so the failures are not only in the log.
 */
public interface MailDeliveryFailures {

    long count();

    Optional<FailedDelivery> last();

    /** One mail that did not leave, with the server's reason in words an admin can act on. */
    record FailedDelivery(Instant at, EmailAddress to, NotificationKind kind, CertificateId certificate, String reason) {
    }
}
