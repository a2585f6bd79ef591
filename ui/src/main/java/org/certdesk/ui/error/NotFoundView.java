package org.certdesk.ui.error;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** An address that leads nowhere. */
@AnonymousAllowed // error pages are never the reason access is refused
@PageTitle("Page not found · CertDesk")
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(VaadinIcon.QUESTION_CIRCLE_O, getTranslation("error.notFound.title"),
                getTranslation("error.notFound.message", event.getLocation().getPath()));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
