package org.certdesk.ui.review;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.certdesk.application.review.ReviewDetail;
import org.certdesk.application.review.ReviewerActions;
import org.certdesk.application.review.SendVerificationEmail;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.review.PhoneCallOutcome;
import org.certdesk.domain.review.ReviewEntry;
import org.certdesk.ui.components.Errors;

/** Reaching the applicant: the verification email (state, send/resend) and phone calls (log, record one). */
class ContactActions extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    final Select<PhoneCallOutcome> outcome = new Select<>();
    final TextField note = new TextField();

    ContactActions(ReviewDetail detail, Actor actor, CertificateId id, SendVerificationEmail sendVerificationEmail,
                   ReviewerActions reviewerActions, Runnable changed) {
        addClassName("contact-actions");
        setPadding(false);
        add(new H3(getTranslation("detail.email")));
        Paragraph state = new Paragraph(detail.emailConfirmedAt() != null
                ? getTranslation("detail.emailConfirmed", TIME.format(detail.emailConfirmedAt()))
                : detail.emailSentAt() != null ? getTranslation("detail.emailSent", TIME.format(detail.emailSentAt()))
                : getTranslation("detail.emailNotSent"));
        state.setId("email-state");
        Button send = new Button(getTranslation(detail.emailSentAt() == null ? "detail.sendEmail" : "detail.resendEmail"),
                click -> Errors.attempt(() -> sendVerificationEmail.send(actor, id)).ifPresent(to -> {
                    Errors.success(getTranslation("detail.emailSentTo", to.value()));
                    changed.run();
                }));
        send.setId("send-email");
        send.setEnabled(detail.underReview());
        add(state, send);

        add(new H3(getTranslation("detail.calls")));
        UnorderedList calls = new UnorderedList();
        calls.setId("call-log");
        for (ReviewEntry.PhoneCall call : detail.calls()) {
            calls.add(new ListItem(TIME.format(call.at()) + " " + call.number().value() + ": "
                    + getTranslation("call.outcome." + call.outcome().name())
                    + (call.note() == null || call.note().isBlank() ? "" : " (" + call.note() + ")")));
        }
        if (detail.calls().isEmpty()) {
            calls.add(new ListItem(getTranslation("detail.noCalls")));
        }
        outcome.setLabel(getTranslation("detail.callOutcome"));
        outcome.setItems(PhoneCallOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("call.outcome." + o.name()));
        outcome.setId("call-outcome");
        note.setLabel(getTranslation("detail.callNote"));
        note.setMaxLength(ReviewEntry.MAX_NOTE_LENGTH);
        note.setId("call-note");
        Button record = new Button(getTranslation("detail.recordCall"), click -> {
            if (outcome.getValue() == null) {
                Errors.show(getTranslation("detail.callOutcomeRequired"));
                return;
            }
            if (Errors.attempt(() -> reviewerActions.phoneCallRecorded(actor, id, outcome.getValue(), note.getValue()))) {
                Errors.success(getTranslation("detail.callRecorded"));
                changed.run();
            }
        });
        record.setId("record-call");
        record.setEnabled(detail.underReview());
        HorizontalLayout form = new HorizontalLayout(outcome, note, record);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(calls, form);
    }
}
