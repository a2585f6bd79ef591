package org.certdesk.ui.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.certdesk.domain.review.ReviewEntry;
import org.certdesk.domain.review.RejectionCause;
import org.certdesk.application.review.DecideApplication;
import org.certdesk.application.review.ReviewDetail;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.ui.components.Errors;

/**
 * Approve (disabled, with the reason, while ApprovalPolicy would refuse it) or reject with a cause
 * from the list plus a note. Both carry the version the page showed: a colleague's change in
 * between refuses the decision with a readable message instead of overwriting. One row, kept at
 * the bottom of the screen by the page's style (.decision-actions), so the decision never
 * scrolls out of sight behind a long application.
 */
class DecisionActions extends VerticalLayout {

    final Select<RejectionCause> cause = new Select<>();
    final TextArea note = new TextArea();

    DecisionActions(ReviewDetail detail, Actor actor, CertificateId id, DecideApplication decisions, Runnable changed) {
        addClassName("decision-actions");
        setPadding(false);
        setSpacing(false);
        H3 heading = new H3(getTranslation("detail.decision"));
        heading.addClassName("decision-heading");

        Button approve = new Button(getTranslation("detail.approve"),
                click -> Errors.attempt(() -> decisions.approve(actor, id, detail.version())).ifPresent(done -> {
                    Errors.success(getTranslation("detail.approved"));
                    changed.run();
                }));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setEnabled(detail.underReview() && detail.approvalBlocker() == null);
        Paragraph blocker = null;
        if (detail.underReview() && detail.approvalBlocker() != null) {
            String reason = detail.approvalBlocker().in(getLocale());
            blocker = new Paragraph(getTranslation("detail.approveBlocked", reason));
            blocker.setId("approve-blocker");
            blocker.addClassName("approve-blocker");
            approve.setTooltipText(reason);
        }

        cause.setLabel(getTranslation("detail.rejectCause"));
        cause.setItems(RejectionCause.values());
        cause.setItemLabelGenerator(c -> getTranslation("reject.cause." + c.name()));
        cause.setId("reject-cause");
        note.setLabel(getTranslation("detail.rejectNote"));
        note.setMaxLength(ReviewEntry.MAX_NOTE_LENGTH);
        note.setMinWidth("16em");
        note.setId("reject-note");
        Button reject = new Button(getTranslation("detail.reject"),
                click -> Errors.attempt(() -> decisions.reject(actor, id, detail.version(), cause.getValue(), note.getValue()))
                        .ifPresent(done -> {
                            Errors.success(getTranslation("detail.rejected"));
                            changed.run();
                        }));
        reject.setId("reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        boolean open = detail.underReview();
        cause.setEnabled(open);
        note.setEnabled(open);
        reject.setEnabled(open);
        HorizontalLayout row = new HorizontalLayout(heading, approve, cause, note, reject);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.setFlexGrow(1, note);
        row.setWidthFull();
        add(row);
        if (blocker != null) {
            add(blocker);
        }
    }
}
