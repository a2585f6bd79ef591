package org.certdesk.adapters.mail;

import java.time.Instant;

import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.NotificationKind;
import org.certdesk.domain.name.EmailAddress;

/** One mail that did not leave, with the server's reason in words an admin can act on. */
public record FailedDelivery(Instant at, EmailAddress to, NotificationKind kind, CertificateId certificate, String reason) {
}
