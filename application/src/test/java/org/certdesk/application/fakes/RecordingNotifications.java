package org.certdesk.application.fakes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.NotificationKind;
import org.certdesk.application.port.Notifications;
import org.certdesk.domain.name.EmailAddress;

/** The mails use cases sent, in order, and whether a transaction was open when each went out. */
public final class RecordingNotifications implements Notifications {

    public record Sent(EmailAddress to, NotificationKind kind, CertificateId certificate, boolean insideTransaction) {
    }

    private final InMemoryTransactions transactions;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    public RecordingNotifications(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void send(EmailAddress to, NotificationKind kind, CertificateId certificate, String detail) {
        sent.add(new Sent(to, kind, certificate, transactions.active()));
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }
}
