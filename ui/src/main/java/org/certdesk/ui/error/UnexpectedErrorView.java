package org.certdesk.ui.error;

import java.util.UUID;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything unforeseen while opening a page: the person sees a short message and a reference;
 * the stack trace goes to the log under the same reference, never to the browser.
 */
@AnonymousAllowed // error pages are never the reason access is refused
@PageTitle("Something went wrong · CertDesk")
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error opening /{} (reference {})", event.getLocation().getPath(), reference, parameter.getCaughtException());
        show(VaadinIcon.WARNING, getTranslation("error.unexpected.title"), getTranslation("error.unexpected.message", reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
