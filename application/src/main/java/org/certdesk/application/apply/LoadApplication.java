package org.certdesk.application.apply;

import java.util.Optional;

import org.certdesk.application.port.Transactions;
import org.certdesk.application.progress.Phrase;
import org.certdesk.application.progress.StoredSentences;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Product;

/** Use case: what the Apply panel starts from — the product, and the kept application to edit, if any. */
public class LoadApplication {

    private final CertificateAccess access;
    private final Transactions transactions;

    public LoadApplication(CertificateAccess access, Transactions transactions) {
        this.access = access;
        this.transactions = transactions;
    }

    /** @param failureCause why the last round was rejected, to be read in the viewer's language */
    public record ForEditing(CertificateId id, Product product, CertificateStatus status, Optional<CertificateApplication> application,
                             Optional<Phrase> failureCause) {
    }

    public ForEditing load(Actor actor, CertificateId id) {
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(actor, id);
            return new ForEditing(id, certificate.product(), certificate.status(), certificate.application(),
                    certificate.failureCause().map(StoredSentences::rejectionCause));
        });
    }
}
