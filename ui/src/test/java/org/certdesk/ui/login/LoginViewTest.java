package org.certdesk.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@SpringBootTest(classes = CertDeskApplication.class)
class LoginViewTest extends BrowserlessTest {

    @Test
    void failedSignInShowsTheFormError() {
        navigate(LoginView.class);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat($(LoginForm.class).single().isError()).isTrue();
    }

    @Test
    void aThrottledSignInSaysSignInIsPaused() {
        navigate(LoginView.class);
        // What Spring Security's failure handler leaves in the session when the throttle refused the attempt.
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("throttled"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Too many failed sign-ins");
    }

    @Test
    void freshSignInShowsNoError() {
        navigate(LoginView.class);

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
    }
}
