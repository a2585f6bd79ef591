package org.certdesk.domain.certificate;

import org.certdesk.domain.name.EmailAddress;

/** Port: tells the customer what happened (SMTP in the adapter). */
public interface Notifications {

    void send(EmailAddress to, NotificationKind kind, CertificateId certificate, String detail);
}
