package org.certdesk.ui.login;

import static org.assertj.core.api.Assertions.assertThat;


import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;

import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = CertDeskApplication.class)
class LoginViewTest extends BrowserlessTest {

    @Test
    void failedSignInShowsTheFormError() {
        navigate(LoginView.class);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat($(LoginForm.class).single().isError()).isTrue();
    }

    @Test
    void freshSignInShowsNoError() {
        navigate(LoginView.class);

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
    }
}
