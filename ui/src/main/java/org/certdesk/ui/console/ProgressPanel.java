package org.certdesk.ui.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import org.certdesk.application.progress.Progress;
import org.certdesk.application.progress.ShowProgress;
import org.certdesk.application.verification.CheckDomainsNow;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.components.LookalikeWarnings;
import org.certdesk.ui.components.PhraseText;
import org.certdesk.ui.components.SidePanel;

/**
 * Certificate Progress: the steps with their state and time, the expected completion from the
 * business calendar, who is waited on, what to publish, and the log of checks and contacts. It
 * polls while open, so a background verification that passes shows up without a reload.
 */
class ProgressPanel extends SidePanel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("UTC"));
    static final int POLL_MILLIS = 5000;

    private final ShowProgress showProgress;
    private final Actor actor;
    private final CertificateId id;
    private final Div body = new Div();
    private final Runnable changed;
    private Registration poll;
    private CertificateStatus shownStatus;

    ProgressPanel(ShowProgress showProgress, CheckDomainsNow checkDomainsNow, Actor actor, CertificateId id, Runnable changed) {
        super("");
        setHeaderTitle(getTranslation("progress.title", String.valueOf(id.value())));
        this.showProgress = showProgress;
        this.actor = actor;
        this.id = id;
        this.changed = changed;
        addClassName("progress-panel");
        body.setId("progress-body");
        add(body);
        Button verify = new Button(getTranslation("action.verifyNow"), VaadinIcon.REFRESH.create());
        verify.setId("progress-verify-now");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(click -> Errors.attempt(() -> checkDomainsNow.check(actor, id)).ifPresent(result -> render()));
        getFooter().add(new Button(getTranslation("panel.close"), click -> close()), verify);
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(POLL_MILLIS);
        poll = event.getUI().addPollListener(tick -> render());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    void render() {
        Errors.attempt(() -> showProgress.show(actor, id)).ifPresent(this::render);
    }

    private void render(Progress progress) {
        if (shownStatus != null && shownStatus != progress.status()) {
            changed.run();
        }
        shownStatus = progress.status();
        body.removeAll();
        Span status = new Span(progress.displayStatus().displayName());
        status.setId("progress-status");
        status.getElement().getThemeList().add("badge " + (progress.status() == CertificateStatus.ISSUED ? "success"
                : progress.status() == CertificateStatus.VALIDATION_FAILED ? "error" : ""));
        Paragraph waiting = new Paragraph(getTranslation("progress.waitingOn." + progress.waitingOn().name()));
        waiting.addClassName("waiting-on");
        body.add(status, waiting, new LookalikeWarnings("progress-lookalikes", progress.lookalikes()));
        if (progress.expectedEarliest() != null && progress.status() == CertificateStatus.VERIFYING) {
            body.add(new Paragraph(getTranslation("progress.expected", progress.expectedEarliest(), progress.expectedLatest())));
        }
        if (progress.failureCause() != null) {
            Paragraph cause = new Paragraph(getTranslation("cause.label", progress.failureCause()));
            cause.addClassName("failure-cause");
            body.add(cause);
        }
        OrderedList steps = new OrderedList();
        steps.addClassName("progress-steps");
        for (Progress.Step step : progress.steps()) {
            ListItem item = new ListItem();
            item.addClassNames("progress-step", "step-" + step.state().name().toLowerCase());
            Icon icon = iconFor(step.state()).create();
            icon.getElement().setAttribute("aria-label", getTranslation("progress.state." + step.state().name()));
            item.add(icon, new Span(getTranslation("progress.step." + step.name().replace(' ', '_'))));
            if (step.at() != null) {
                Span at = new Span(TIME.format(step.at()) + " UTC");
                at.addClassName("step-time");
                item.add(at);
            }
            steps.add(item);
        }
        body.add(steps);
        if (progress.status() == CertificateStatus.VERIFYING && !progress.names().isEmpty()) {
            body.add(new H4(getTranslation("progress.names")), new VerificationInstructions(progress.names()));
        }
        if (!progress.log().isEmpty()) {
            OrderedList log = new OrderedList();
            log.addClassName("progress-log");
            progress.log().reversed().forEach(line -> log.add(new ListItem(TIME.format(line.at()) + "  " + PhraseText.in(this, line.text()))));
            body.add(new H4(getTranslation("progress.log")), log);
        }
    }

    private static VaadinIcon iconFor(Progress.StepState state) {
        return switch (state) {
            case DONE -> VaadinIcon.CHECK_CIRCLE;
            case CURRENT -> VaadinIcon.HOURGLASS;
            case WAITING -> VaadinIcon.CIRCLE_THIN;
            case FAILED -> VaadinIcon.CLOSE_CIRCLE;
            case NOT_APPLICABLE -> VaadinIcon.MINUS_CIRCLE_O;
        };
    }
}
