package org.certdesk.ui.console;

import org.certdesk.application.listing.CertificateSummary;

/** What a row of the grid (or its status popover) can ask the page to open. */
interface CertificateActions {

    void apply(CertificateSummary certificate);

    void showProgress(CertificateSummary certificate);

    void showCause(CertificateSummary certificate);

    void cancel(CertificateSummary certificate);

    void resubmit(CertificateSummary certificate);

    void download(CertificateSummary certificate);

    void revoke(CertificateSummary certificate);

    void renew(CertificateSummary certificate);

    /** Several unused OV/EV purchases into one multi-domain certificate (seed: Combine certificates). */
    void combine(java.util.Set<CertificateSummary> certificates);
}
