package org.certdesk.ui.review;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.ui.components.EmptyState;

/** The CA reviewer's area: the queue of OV/EV applications waiting for the CA. */
@Route(value = "review")
@RolesAllowed("REVIEWER")
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    public ReviewQueueView() {
        addClassName("review-queue-view");
        add(new H2(getTranslation("review.title")),
                new EmptyState(VaadinIcon.CLIPBOARD_CHECK, getTranslation("review.empty.title"), getTranslation("review.empty.hint")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · CertDesk";
    }
}
