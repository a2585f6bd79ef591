package org.certdesk.ui.error;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A signed-in person opened a view their role may not see (e.g. a customer in the reviewer area). */
@AnonymousAllowed // error pages are never the reason access is refused
@PageTitle("Access denied · CertDesk")
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(VaadinIcon.BAN, getTranslation("error.accessDenied.title"), getTranslation("error.accessDenied.message"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
