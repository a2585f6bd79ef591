package org.certdesk.ui.review;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.certdesk.application.review.ReviewDetail;

/** The business-day deadlines and who claimed the application, as a line of badges. */
class Deadlines extends HorizontalLayout {

    Deadlines(ReviewDetail detail) {
        addClassName("review-deadlines");
        if (detail.firstContactDue() != null) { // none for DV: the CA never contacts a DV applicant
            add(badge("deadline-first-contact", getTranslation("detail.firstContactDue", String.valueOf(detail.firstContactDue()))));
        }
        add(badge("deadline-decision", getTranslation("detail.decisionDue", String.valueOf(detail.decisionDue()))),
                badge("detail-assignee", detail.assignee() == null ? getTranslation("detail.unassigned")
                        : getTranslation("detail.assignee", detail.assignee())));
    }

    private static Span badge(String id, String text) {
        Span badge = new Span(text);
        badge.setId(id);
        badge.getElement().getThemeList().add("badge contrast");
        return badge;
    }
}
