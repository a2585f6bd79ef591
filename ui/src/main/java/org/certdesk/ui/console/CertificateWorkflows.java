package org.certdesk.ui.console;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.certdesk.application.apply.CancelApplication;
import org.certdesk.application.apply.LoadApplication;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.download.DownloadCertificate;
import org.certdesk.application.issuance.ShowPolicyToday;
import org.certdesk.application.lifecycle.CombineCertificates;
import org.certdesk.application.lifecycle.RenewCertificate;
import org.certdesk.application.lifecycle.RevokeCertificate;
import org.certdesk.application.listing.CertificateSummary;
import org.certdesk.application.profile.ManageProfiles;
import org.certdesk.application.progress.ShowProgress;
import org.certdesk.application.verification.CheckDomainsNow;
import org.certdesk.application.verification.PublishToDemoZone;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.calendar.SlaClocks;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.RevocationReason;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.components.PhraseText;
import org.springframework.stereotype.Component;
import org.springframework.context.annotation.Scope;

/**
 * The console's actions on one certificate: opens the right panel or confirmation, calls the
 * use case, and tells the page to refresh. Views hold no workflow logic of their own.
 */
@Component
@Scope("prototype")
class CertificateWorkflows {

    private final LoadApplication loadApplication;
    private final SubmitApplication submitApplication;
    private final CancelApplication cancelApplication;
    private final CheckDomainsNow checkDomainsNow;
    private final ShowProgress showProgress;
    private final RevokeCertificate revokeCertificate;
    private final RenewCertificate renewCertificate;
    private final DownloadCertificate downloadCertificate;
    private final PublishToDemoZone publishToDemoZone;
    private final CombineCertificates combineCertificates;
    private final ManageProfiles manageProfiles;
    private final ShowPolicyToday showPolicyToday;
    private final org.certdesk.application.verification.CheckReadiness checkReadiness;

    CertificateWorkflows(LoadApplication loadApplication, SubmitApplication submitApplication,
                         CancelApplication cancelApplication,
                         CheckDomainsNow checkDomainsNow, ShowProgress showProgress, RevokeCertificate revokeCertificate,
                         RenewCertificate renewCertificate, DownloadCertificate downloadCertificate,
                         PublishToDemoZone publishToDemoZone, CombineCertificates combineCertificates,
                         ManageProfiles manageProfiles, ShowPolicyToday showPolicyToday,
                         org.certdesk.application.verification.CheckReadiness checkReadiness) {
        this.checkReadiness = checkReadiness;
        this.loadApplication = loadApplication;
        this.submitApplication = submitApplication;
        this.cancelApplication = cancelApplication;
        this.checkDomainsNow = checkDomainsNow;
        this.showProgress = showProgress;
        this.revokeCertificate = revokeCertificate;
        this.renewCertificate = renewCertificate;
        this.downloadCertificate = downloadCertificate;
        this.publishToDemoZone = publishToDemoZone;
        this.combineCertificates = combineCertificates;
        this.manageProfiles = manageProfiles;
        this.showPolicyToday = showPolicyToday;
    }

    /**
     * The actions for one person's page: {@code changed} refreshes it; {@code moved} tells it the
     * status a certificate has after a panel changed it, so a status filter can follow the row.
     */
    CertificateActions bind(Actor actor, Runnable changed, StatusMoved moved) {
        return new CertificateActions() {
            @Override
            public void apply(CertificateSummary certificate) {
                openApplyPanel(actor, certificate, moved);
            }

            @Override
            public void showProgress(CertificateSummary certificate) {
                new ProgressPanel(showProgress, checkDomainsNow, publishToDemoZone, actor, certificate.id(),
                        reportingStatus(actor, certificate, moved)).open();
            }

            @Override
            public void verifyNow(CertificateSummary certificate) {
                Errors.attempt(() -> checkDomainsNow.check(actor, certificate.id())).ifPresent(result -> {
                    reportingStatus(actor, certificate, moved).run();
                    if (result.status() == CertificateStatus.ISSUED) {
                        Errors.success(UI.getCurrent().getTranslation("verify.issued"));
                    } else {
                        showProgress(certificate);
                    }
                });
            }

            @Override
            public Optional<SlaClocks> clocks(CertificateSummary certificate) {
                return Errors.attempt(() -> showProgress.show(actor, certificate.id())).flatMap(progress -> progress.clocks());
            }

            @Override
            public void showCause(CertificateSummary certificate) {
                Errors.attempt(() -> loadApplication.load(actor, certificate.id())).ifPresent(editing -> {
                    ConfirmDialog dialog = new ConfirmDialog();
                    dialog.addClassName("cause-dialog");
                    dialog.setHeader(dialog.getTranslation("cause.title"));
                    Paragraph text = new Paragraph(editing.failureCause().map(cause -> PhraseText.in(dialog, cause))
                            .orElse(dialog.getTranslation("cause.none")));
                    text.setId("failure-cause-text");
                    dialog.add(text, new Paragraph(dialog.getTranslation("cause.next")));
                    dialog.setCancelable(true);
                    dialog.setCancelText(dialog.getTranslation("panel.close"));
                    dialog.setConfirmText(dialog.getTranslation("action.resubmit"));
                    dialog.addConfirmListener(confirm -> openApplyPanel(actor, certificate, moved));
                    dialog.open();
                });
            }

            @Override
            public void cancel(CertificateSummary certificate) {
                ConfirmDialog dialog = new ConfirmDialog();
                dialog.setHeader(dialog.getTranslation("cancel.title"));
                dialog.setText(dialog.getTranslation("cancel.text"));
                dialog.setCancelable(true);
                dialog.setCancelText(dialog.getTranslation("dialog.keep"));
                dialog.setConfirmText(dialog.getTranslation("action.cancel"));
                dialog.setConfirmButtonTheme("error primary");
                dialog.addConfirmListener(confirm -> {
                    if (Errors.attempt(() -> cancelApplication.cancel(actor, certificate.id())).isPresent()) {
                        Errors.success(dialog.getTranslation("cancel.done"));
                        changed.run();
                    }
                });
                dialog.open();
            }

            @Override
            public void resubmit(CertificateSummary certificate) {
                openApplyPanel(actor, certificate, moved);
            }

            @Override
            public void download(CertificateSummary certificate) {
                new DownloadDialog(downloadCertificate, actor, certificate).open();
            }

            @Override
            public void revoke(CertificateSummary certificate) {
                ConfirmDialog dialog = new ConfirmDialog();
                dialog.setHeader(dialog.getTranslation("revoke.title"));
                Select<RevocationReason> reason = new Select<>();
                reason.setLabel(dialog.getTranslation("revoke.reason"));
                reason.setItems(java.util.Arrays.stream(RevocationReason.values())
                        .filter(RevocationReason::allowedForSubscriberCertificates).toList());
                reason.setItemLabelGenerator(RevocationReason::displayName);
                reason.setValue(RevocationReason.UNSPECIFIED);
                dialog.add(new Paragraph(dialog.getTranslation("revoke.text")), reason);
                dialog.setCancelable(true);
                dialog.setCancelText(dialog.getTranslation("dialog.keep"));
                dialog.setConfirmText(dialog.getTranslation("action.revoke"));
                dialog.setConfirmButtonTheme("error primary");
                dialog.addConfirmListener(confirm -> {
                    if (Errors.attempt(() -> revokeCertificate.revoke(actor, certificate.id(), reason.getValue())).isPresent()) {
                        Errors.success(dialog.getTranslation("revoke.done"));
                        changed.run();
                    }
                });
                dialog.open();
            }

            @Override
            public void combine(java.util.Set<CertificateSummary> certificates) {
                ConfirmDialog dialog = new ConfirmDialog();
                dialog.setHeader(dialog.getTranslation("combine.title", certificates.size()));
                dialog.setText(dialog.getTranslation("combine.text"));
                dialog.setCancelable(true);
                dialog.setCancelText(dialog.getTranslation("dialog.cancel"));
                dialog.setConfirmText(dialog.getTranslation("combine.confirm"));
                dialog.addConfirmListener(confirm -> Errors.attempt(() -> combineCertificates.combine(actor,
                        certificates.stream().map(CertificateSummary::id).toList())).ifPresent(combined -> {
                    Errors.success(dialog.getTranslation("combine.done", String.valueOf(combined.id().value()),
                            combined.product().nameSlots()));
                    changed.run();
                }));
                dialog.open();
            }

            @Override
            public void renew(CertificateSummary certificate) {
                Errors.attempt(() -> renewCertificate.renew(actor, certificate.id())).ifPresent(renewal -> {
                    Errors.success(UI.getCurrent().getTranslation(
                            renewal.isDomainVerificationComplete() ? "renew.doneReused" : "renew.done",
                            String.valueOf(renewal.id().value())));
                    changed.run();
                });
            }
        };
    }

    private void openApplyPanel(Actor actor, CertificateSummary certificate, StatusMoved moved) {
        Errors.attempt(() -> loadApplication.load(actor, certificate.id())).ifPresent(editing ->
                new ApplyPanel(editing, actor, submitApplication, showProgress, checkDomainsNow, checkReadiness,
                        publishToDemoZone, manageProfiles, showPolicyToday, reportingStatus(actor, certificate, moved)).open());
    }

    /**
     * What a panel runs after it changed the certificate (Submit, Verify now): the page learns the
     * stored status, since the panel's change may move the row out of the page's status filter.
     */
    private Runnable reportingStatus(Actor actor, CertificateSummary certificate, StatusMoved moved) {
        return () -> Errors.attempt(() -> loadApplication.load(actor, certificate.id()))
                .ifPresent(now -> moved.to(certificate.id(), now.status()));
    }

    /** The page's side of {@link #reportingStatus}. */
    @FunctionalInterface
    interface StatusMoved {
        void to(CertificateId certificate, CertificateStatus status);
    }
}
