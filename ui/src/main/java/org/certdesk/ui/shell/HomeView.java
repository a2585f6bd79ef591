package org.certdesk.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.certdesk.ui.admin.AdminView;
import org.certdesk.ui.console.SslCertificatesView;
import org.certdesk.ui.review.ReviewQueueView;
import org.certdesk.ui.security.CurrentUser;

/** The start page sends each role to its own area. */
@Route(value = "", autoLayout = false)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        switch (currentUser.require().role()) {
            case CUSTOMER -> event.forwardTo(SslCertificatesView.class);
            case REVIEWER -> event.forwardTo(ReviewQueueView.class);
            case ADMIN -> event.forwardTo(AdminView.class);
        }
    }
}
