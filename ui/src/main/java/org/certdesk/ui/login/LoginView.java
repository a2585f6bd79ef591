package org.certdesk.ui.login;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in. A wrong username or password shows the form's error, never a stack trace. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · CertDesk")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");

        H1 brand = new H1("CertDesk");
        brand.addClassName("login-brand");
        add(brand, new Paragraph(getTranslation("login.tagline")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        Object failure = failed ? lastFailure() : null;
        if (failure instanceof DisabledException) {
            // Only said after the right password (SecurityConfiguration checks the status after it).
            showError("login.disabled");
        } else if (failure instanceof LockedException) {
            // The attempt throttle refused it before any password check.
            showError("login.throttled");
        }
        form.setError(failed);
    }

    private void showError(String key) {
        i18n.getErrorMessage().setTitle(getTranslation(key + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation(key + ".message"));
        form.setI18n(i18n);
    }

    /** Spring Security's failure handler keeps the last sign-in failure in the HTTP session. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
