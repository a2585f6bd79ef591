package org.certdesk.application.upload;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.upload.UploadedCertificates;

/** Use case: the customer's uploaded certificates, soonest to expire first, with days left and an expiry state. */
public class ListUploadedCertificates {

    private final UploadedCertificates uploads;
    private final Transactions transactions;
    private final Clock clock;

    public ListUploadedCertificates(UploadedCertificates uploads, Transactions transactions, Clock clock) {
        this.uploads = uploads;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<UploadedCertificateSummary> list(Actor actor) {
        TenantId tenant = actor.requireCustomerTenant();
        Instant now = clock.instant();
        return transactions.inTransaction(() -> uploads.list(tenant)).stream()
                .sorted(Comparator.comparing(c -> c.notAfter()))
                .map(c -> new UploadedCertificateSummary(c.id(), c.label(), c.displayName(), c.subjectAltNames(), c.issuer(),
                        c.issuerName(), c.serialHex(), c.notBefore(), c.notAfter(), c.daysLeft(now), c.expiryState(now), c.sha256Fingerprint(),
                        c.uploadedAt(), c.uploadedBy()))
                .toList();
    }
}
