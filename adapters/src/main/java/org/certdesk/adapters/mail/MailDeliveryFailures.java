package org.certdesk.adapters.mail;

import java.util.Optional;

/**
 * Mails that could not be handed to the SMTP server since start-up. The business action that
 * asked for them went ahead; this is what an admin view shows so the failures are not only in the log.
 */
public interface MailDeliveryFailures {

    long count();

    Optional<FailedDelivery> last();
}
