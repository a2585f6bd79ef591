package org.certdesk.ui.console;

import java.util.Optional;

import org.certdesk.application.listing.CertificateSummary;
import org.certdesk.domain.calendar.SlaClocks;
import org.certdesk.domain.certificate.CertificateAction;

/** What a row of the grid (or its status popover) can ask the page to open. */
interface CertificateActions {

    void apply(CertificateSummary certificate);

    void showProgress(CertificateSummary certificate);

    /** Checks the published records again and says what was found. */
    void verifyNow(CertificateSummary certificate);

    /** Who the certificate's application waits on now and since when; empty when nobody is waited on. */
    Optional<SlaClocks> clocks(CertificateSummary certificate);

    void showCause(CertificateSummary certificate);

    void cancel(CertificateSummary certificate);

    void resubmit(CertificateSummary certificate);

    void download(CertificateSummary certificate);

    void revoke(CertificateSummary certificate);

    void renew(CertificateSummary certificate);

    /** The console's label for an action from the domain's table (translations: {@code action.<key>}). */
    default String translationKey(CertificateAction action) {
        return "action." + switch (action) {
            case APPLY -> "apply";
            case VIEW_PROGRESS -> "viewProgress";
            case VERIFY_NOW -> "verifyNow";
            case CANCEL -> "cancel";
            case VIEW_CAUSE -> "viewCause";
            case RESUBMIT -> "resubmit";
            case DOWNLOAD -> "download";
            case REVOKE -> "revoke";
            case RENEW -> "renew";
        };
    }

    default void perform(CertificateAction action, CertificateSummary certificate) {
        switch (action) {
            case APPLY -> apply(certificate);
            case VIEW_PROGRESS -> showProgress(certificate);
            case VERIFY_NOW -> verifyNow(certificate);
            case CANCEL -> cancel(certificate);
            case VIEW_CAUSE -> showCause(certificate);
            case RESUBMIT -> resubmit(certificate);
            case DOWNLOAD -> download(certificate);
            case REVOKE -> revoke(certificate);
            case RENEW -> renew(certificate);
        }
    }

    /** Several unused OV/EV purchases into one multi-domain certificate (seed: Combine certificates). */
    void combine(java.util.Set<CertificateSummary> certificates);
}
