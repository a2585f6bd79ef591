package org.certdesk.ui.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.certdesk.application.apply.LoadApplication;
import org.certdesk.application.issuance.ShowPolicyToday;
import org.certdesk.application.profile.ManageProfiles;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.progress.Progress;
import org.certdesk.application.progress.ShowProgress;
import org.certdesk.application.verification.CheckDomainsNow;
import org.certdesk.application.verification.CheckReadiness;
import org.certdesk.application.verification.PublishToDemoZone;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.components.PhraseText;
import org.certdesk.ui.components.PolicyToday;
import org.certdesk.ui.components.SidePanel;

/**
 * Apply for Certificate (and Modify and resubmit): the policy in force today and the form for the
 * product's type; after Submit it shows exactly what to publish, with Publish in the demo zone and
 * Verify now; OV/EV also says to expect the CA's email and call, since approval waits on both.
 */
class ApplyPanel extends SidePanel {

    final ApplicationForm form;
    final Button submit = new Button();
    final Button checkReadinessButton = new Button();
    /** The readiness lines last shown: Check readiness, or Submit holding back on a red line. */
    private final com.vaadin.flow.component.html.Div readinessHolder = new com.vaadin.flow.component.html.Div();
    private final Actor actor;
    private final Runnable changed;
    private final CheckReadiness checkReadiness;
    /** The application whose red lines the customer has seen: a second Submit of it goes ahead. */
    private org.certdesk.domain.certificate.CertificateApplication redSeenFor;

    ApplyPanel(LoadApplication.ForEditing editing, Actor actor, SubmitApplication submitApplication,
               ShowProgress showProgress, CheckDomainsNow checkDomainsNow, CheckReadiness checkReadiness,
               PublishToDemoZone publishToDemoZone, ManageProfiles profiles, ShowPolicyToday policyToday, Runnable changed) {
        super("");
        setHeaderTitle(getTranslation(editing.status() == CertificateStatus.VALIDATION_FAILED ? "apply.titleResubmit" : "apply.title",
                getTranslation("typeName." + editing.product().type().name()), String.valueOf(editing.id().value())));
        this.actor = actor;
        this.changed = changed;
        this.checkReadiness = checkReadiness;
        addClassName("apply-panel");
        form = new ApplicationForm(editing.product(), profiles.contacts(actor),
                editing.product().type().validatesOrganization() ? profiles.companies(actor) : java.util.List.of());
        editing.application().ifPresent(form::fill);
        editing.failureCause().ifPresent(cause -> {
            Paragraph previous = new Paragraph(getTranslation("apply.previousCause", PhraseText.in(this, cause)));
            previous.addClassName("previous-cause");
            add(previous);
        });
        // Which names this customer may publish with one click, before they type any (OV/EV verify names too).
        publishToDemoZone.demoNamesOf(actor).ifPresent(part -> add(demoNames("apply.demoNames", "apply-demo-names", part)));
        add(new PolicyToday(policyToday.show()), form);
        if (editing.product().type() == org.certdesk.domain.certificate.ValidationType.DV && actor.tenant() != null) {
            form.offerPersistentRecord(wildcard -> checkReadiness.persistentRecord(actor, wildcard));
        }
        readinessHolder.setId("readiness");
        add(readinessHolder);
        checkReadinessButton.setText(getTranslation("readiness.check"));
        checkReadinessButton.setIcon(VaadinIcon.CHECK_CIRCLE_O.create());
        checkReadinessButton.setId("check-readiness");
        checkReadinessButton.setTooltipText(getTranslation("readiness.checkHint"));
        checkReadinessButton.addClickListener(click -> form.read().ifPresent(application ->
                Errors.attempt(() -> checkReadiness.check(actor, editing.id(), application)).ifPresent(this::showReadiness)));

        submit.setText(getTranslation("apply.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("apply-submit");
        submit.addClickListener(click -> form.read().ifPresent(application -> {
            // Submit runs the readiness check first. A red line explains why the checks after Submit
            // would fail; the first Submit holds back to show it, a second Submit of the same
            // application goes ahead (the customer may fix CAA or DNSSEC afterwards). Amber never holds.
            var readiness = Errors.attempt(() -> checkReadiness.check(actor, editing.id(), application));
            if (readiness.isEmpty()) {
                return;
            }
            showReadiness(readiness.get());
            if (readiness.get().holdsSubmit() && !application.equals(redSeenFor)) {
                redSeenFor = application;
                submit.setText(getTranslation("readiness.submitAnyway"));
                return;
            }
            try {
                Certificate result = editing.status() == CertificateStatus.VALIDATION_FAILED
                        ? submitApplication.resubmit(new SubmitApplication.Command(actor, editing.id(), application))
                        : submitApplication.submit(new SubmitApplication.Command(actor, editing.id(), application));
                keepProfiles(profiles, application);
                changed.run();
                showSubmitted(result, showProgress, checkDomainsNow, publishToDemoZone);
            } catch (DomainException refused) {
                form.showRefusal(refused);
            } catch (RuntimeException unexpected) {
                Errors.attempt(() -> {
                    throw unexpected;
                });
            }
        }));
        Button cancel = new Button(getTranslation("dialog.cancel"), click -> close());
        getFooter().add(cancel, checkReadinessButton, submit);
    }

    private void showReadiness(CheckReadiness.Readiness readiness) {
        readinessHolder.removeAll();
        readinessHolder.add(new ReadinessReport(readiness));
        readinessHolder.getElement().callJsFunction("scrollIntoView");
    }

    private Paragraph demoNames(String key, String id, String part) {
        Paragraph names = new Paragraph(getTranslation(key, part));
        names.setId(id);
        names.addClassName("demo-names");
        return names;
    }

    /** Information Management: what the customer asked to keep for the next application. */
    private void keepProfiles(ManageProfiles profiles, org.certdesk.domain.certificate.CertificateApplication application) {
        if (form.keepContact.getValue()) {
            Errors.attempt(() -> profiles.saveContact(actor, application.contact()));
        }
        if (form.keepCompany.getValue() && application.organization() != null) {
            Errors.attempt(() -> profiles.saveCompany(actor, application.organization()));
        }
    }

    private void showSubmitted(Certificate certificate, ShowProgress showProgress, CheckDomainsNow checkDomainsNow,
                               PublishToDemoZone publishToDemoZone) {
        removeAll();
        getFooter().removeAll();
        Paragraph done = new Paragraph(getTranslation("apply.submitted"));
        done.addClassName("submitted-banner");
        done.setId("apply-submitted");
        add(done);
        boolean organization = certificate.product().type().validatesOrganization();
        if (organization) {
            // The email and the call are half of it: approval also waits on the names below.
            add(new Paragraph(getTranslation("apply.ovNext")));
            Paragraph domainsToo = new Paragraph(getTranslation("apply.ovDomainsToo"));
            domainsToo.setId("apply-domains-too");
            add(domainsToo);
        } else {
            add(new Paragraph(getTranslation("apply.dvNext")));
        }
        Progress progress = showProgress.show(actor, certificate.id());
        VerificationInstructionsHolder holder = new VerificationInstructionsHolder(progress);
        add(holder);
        Button verify = new Button(getTranslation("action.verifyNow"), VaadinIcon.REFRESH.create());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setId("verify-now");
        verify.addClickListener(click -> Errors.attempt(() -> checkDomainsNow.check(actor, certificate.id())).ifPresent(result -> {
            changed.run();
            if (result.status() == CertificateStatus.ISSUED) {
                Errors.success(getTranslation("verify.issued"));
                close();
            } else {
                holder.show(showProgress.show(actor, certificate.id()));
            }
        }));
        readinessHolder.removeAll();
        add(readinessHolder);
        Button readinessAfterSubmit = new Button(getTranslation("readiness.check"), VaadinIcon.CHECK_CIRCLE_O.create());
        readinessAfterSubmit.setId("check-readiness");
        readinessAfterSubmit.setTooltipText(getTranslation("readiness.checkHintSubmitted"));
        readinessAfterSubmit.addClickListener(click -> Errors.attempt(() -> checkReadiness.check(actor, certificate.id(), null))
                .ifPresent(this::showReadiness));
        getFooter().add(new Button(getTranslation("panel.close"), click -> close()), readinessAfterSubmit);
        if (publishToDemoZone.applies(progress)) {
            publishToDemoZone.demoNamesOf(actor).ifPresent(part -> add(demoNames("verify.demoNames", "verify-demo-names", part)));
            Button publish = new Button(getTranslation("verify.publishDemo"), VaadinIcon.CLOUD_UPLOAD_O.create());
            publish.setId("publish-demo");
            publish.setTooltipText(getTranslation("verify.publishDemoHint"));
            publish.addClickListener(click -> Errors.attempt(() -> publishToDemoZone.publish(actor, certificate.id()))
                    .ifPresent(count -> Errors.success(getTranslation("verify.publishedDemo", count))));
            getFooter().add(publish);
        }
        getFooter().add(verify);
    }

    /** Re-renders the instructions after each Verify now with the latest result per name. */
    static final class VerificationInstructionsHolder extends com.vaadin.flow.component.html.Div {
        VerificationInstructionsHolder(Progress progress) {
            show(progress);
        }

        void show(Progress progress) {
            removeAll();
            add(new VerificationInstructions(progress.names()));
        }
    }
}
