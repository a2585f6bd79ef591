package org.certdesk.ui.review;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.certdesk.application.review.ReviewDetail;

/** The business-day deadlines and who claimed the application, as a line of badges. */
class Deadlines extends HorizontalLayout {

    Deadlines(ReviewDetail detail) {
        addClassName("review-deadlines");
        add(badge("deadline-first-contact", getTranslation("detail.firstContactDue", String.valueOf(detail.firstContactDue()))),
                badge("deadline-decision", getTranslation("detail.decisionDue", String.valueOf(detail.decisionDue()))),
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
