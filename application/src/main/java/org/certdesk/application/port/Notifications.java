package org.certdesk.application.port;

import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.NotificationKind;
import org.certdesk.domain.name.EmailAddress;

/** Port: tells the customer what happened (SMTP in the adapter). */
public interface Notifications {

    void send(EmailAddress to, NotificationKind kind, CertificateId certificate, String detail);
}
