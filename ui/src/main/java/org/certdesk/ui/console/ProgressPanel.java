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
import org.certdesk.application.verification.PublishToDemoZone;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.calendar.SlaClocks;
import org.certdesk.domain.calendar.StepClock;
import org.certdesk.domain.certificate.CertificateAction;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.components.LookalikeWarnings;
import org.certdesk.ui.components.PerspectiveResults;
import org.certdesk.ui.components.PhraseText;
import org.certdesk.ui.components.SidePanel;

/**
 * Certificate Progress: the steps with their state and time, each step's SLA clock (who it waits
 * on, since when, the business day it is due by, overdue, the time each side had), what to
 * publish, and the log of checks and contacts. Verify now and Publish in the demo zone appear
 * only where the domain's status table allows verifying. It polls while open, so a background
 * verification that passes shows up without a reload.
 */
class ProgressPanel extends SidePanel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("UTC"));
    static final int POLL_MILLIS = 5000;

    private final ShowProgress showProgress;
    private final Actor actor;
    private final CertificateId id;
    private final Div body = new Div();
    private final Runnable changed;
    private final PublishToDemoZone publishToDemoZone;
    private final Button verify = new Button();
    private final Button publish = new Button();
    private Registration poll;
    private CertificateStatus shownStatus;

    ProgressPanel(ShowProgress showProgress, CheckDomainsNow checkDomainsNow, PublishToDemoZone publishToDemoZone, Actor actor,
                  CertificateId id, Runnable changed) {
        super("");
        setHeaderTitle(getTranslation("progress.title", String.valueOf(id.value())));
        this.showProgress = showProgress;
        this.actor = actor;
        this.id = id;
        this.changed = changed;
        this.publishToDemoZone = publishToDemoZone;
        addClassName("progress-panel");
        body.setId("progress-body");
        add(body);
        verify.setText(getTranslation("action.verifyNow"));
        verify.setIcon(VaadinIcon.REFRESH.create());
        verify.setId("progress-verify-now");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(click -> Errors.attempt(() -> checkDomainsNow.check(actor, id)).ifPresent(result -> render()));
        publish.setText(getTranslation("verify.publishDemo"));
        publish.setIcon(VaadinIcon.CLOUD_UPLOAD_O.create());
        publish.setId("progress-publish-demo");
        publish.setTooltipText(getTranslation("verify.publishDemoHint"));
        publish.addClickListener(click -> Errors.attempt(() -> publishToDemoZone.publish(actor, id))
                .ifPresent(count -> Errors.success(getTranslation("verify.publishedDemo", count))));
        getFooter().add(new Button(getTranslation("panel.close"), click -> close()), publish, verify);
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
        boolean verifiable = progress.allows(CertificateAction.VERIFY_NOW);
        verify.setVisible(verifiable);
        publish.setVisible(verifiable && publishToDemoZone.applies(progress));
        Paragraph waiting = new Paragraph(progress.clocks().flatMap(clocks -> clocks.waitingOn()
                        .map(party -> new ClockWords(this, clocks).waiting(party, clocks.waitingSince())))
                .orElseGet(() -> getTranslation("progress.waitingOn." + progress.waitingOn().name())));
        waiting.addClassName("waiting-on");
        waiting.setId("progress-waiting-on");
        body.add(status, waiting);
        progress.clocks().ifPresent(clocks -> body.add(summary(clocks)));
        body.add(new LookalikeWarnings("progress-lookalikes", progress.lookalikes()));
        if (progress.expectedEarliest() != null && progress.status() == CertificateStatus.VERIFYING) {
            body.add(new Paragraph(getTranslation("progress.expected", progress.expectedEarliest(), progress.expectedLatest())));
        }
        if (progress.failureCause() != null) {
            Paragraph cause = new Paragraph(getTranslation("cause.label", PhraseText.in(this, progress.failureCause())));
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
            progress.clocks().ifPresent(clocks -> step.clock().ifPresent(clock -> item.add(clock(clock, new ClockWords(this, clocks)))));
            steps.add(item);
        }
        body.add(steps);
        if (verifiable && !progress.names().isEmpty()) {
            // OV/EV: the email and the call are not all; approval waits on these names too.
            if (progress.clocks().flatMap(SlaClocks::organizationVerification).isPresent()
                    && progress.names().stream().anyMatch(name -> !name.verified())) {
                Paragraph domainsToo = new Paragraph(getTranslation("progress.ovDomainsToo"));
                domainsToo.setId("progress-domains-too");
                body.add(domainsToo);
            }
            body.add(new H4(getTranslation("progress.names")), new VerificationInstructions(progress.names()));
        }
        // After issuance too: what each remote perspective saw stays visible under the name (BR 3.2.2.9).
        body.add(new PerspectiveResults("progress-perspectives", progress.names()));
        if (!progress.log().isEmpty()) {
            OrderedList log = new OrderedList();
            log.addClassName("progress-log");
            progress.log().reversed().forEach(line -> log.add(new ListItem(TIME.format(line.at()) + "  " + PhraseText.in(this, line.text()))));
            body.add(new H4(getTranslation("progress.log")), log);
        }
    }

    /** The round as a whole: the time each side has had, and the OV/EV automatic failure date. */
    private Div summary(SlaClocks clocks) {
        ClockWords words = new ClockWords(this, clocks);
        Div summary = new Div();
        summary.addClassName("clock-summary");
        Span sides = new Span(getTranslation("clock.sides", words.duration(clocks.onCustomer()), words.duration(clocks.onCa())));
        sides.setId("progress-clock-sides");
        summary.add(sides);
        clocks.failsAutomaticallyOn().filter(date -> clocks.waitingOn().isPresent()).ifPresent(date -> {
            Span fails = new Span(getTranslation("clock.failsOn", words.day(date)));
            fails.setId("progress-fails-on");
            summary.add(fails);
        });
        return summary;
    }

    /** One step's clock: who it waits on and since when, its due day (marked when overdue), each side's time. */
    private Div clock(StepClock clock, ClockWords words) {
        Div line = new Div();
        line.addClassName("step-clock");
        clock.waitingOn().ifPresent(party -> {
            Span waiting = new Span(words.waiting(party, clock.since()));
            waiting.addClassNames("clock-waiting", "waiting-" + party.name().toLowerCase());
            line.add(waiting);
        });
        if (clock.due() != null) {
            Span due = new Span(getTranslation(clock.overdue() ? "clock.overdue" : "clock.due", words.day(clock.due())));
            due.addClassName("step-due");
            if (clock.overdue()) {
                due.addClassName("overdue");
                due.getElement().getThemeList().add("badge error");
            }
            line.add(due);
        }
        if (!clock.onCustomer().isZero() || !clock.onCa().isZero()) {
            Span sides = new Span(getTranslation("clock.stepSides", words.duration(clock.onCustomer()), words.duration(clock.onCa())));
            sides.addClassName("step-sides");
            line.add(sides);
        }
        return line;
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
