package org.certdesk.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in, sign-out and the confirmation page refuse forged form posts (issue 14: login CSRF):
 * without the session's CSRF token, or from another origin. ACME stays open to its clients.
 */
@SpringBootTest(classes = CertDeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginCsrfTest {

    @LocalServerPort
    int port;

    @Test
    void signInWithoutTheTokenIsRefusedAndSignsNobodyIn() throws Exception {
        HttpSession browser = new HttpSession(port);
        browser.get("/login");

        HttpResponse<String> forged = browser.postForm("/login", Map.of("username", "alice", "password", "alice-demo"),
                "Origin", "http://evil.example");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void signInWithoutTheTokenIsRefusedFromNoOriginToo() throws Exception {
        HttpSession browser = new HttpSession(port);

        assertThat(browser.postForm("/login", Map.of("username", "alice", "password", "alice-demo")).statusCode()).isEqualTo(403);
        // Vaadin's own traffic is exempt from Spring's token; naming it on the sign-in address does not help.
        assertThat(browser.postForm("/login?v-r=uidl&v-uiId=0", Map.of("username", "alice", "password", "alice-demo")).statusCode())
                .isEqualTo(403);
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void aCrossOriginPostIsRefusedEvenWithTheToken() throws Exception {
        HttpSession browser = new HttpSession(port);
        Map.Entry<String, String> token = browser.csrfToken();
        Map<String, String> form = Map.of("username", "alice", "password", "alice-demo", token.getKey(), token.getValue());

        assertThat(browser.postForm("/login", form, "Origin", "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(browser.postForm("/login", form, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void theLoginFormsOwnPostSignsIn() throws Exception {
        HttpSession browser = new HttpSession(port);
        Map.Entry<String, String> token = browser.csrfToken();

        HttpResponse<String> signIn = browser.postForm("/login",
                Map.of("username", "alice", "password", "alice-demo", token.getKey(), token.getValue()),
                "Origin", browser.base(), "Sec-Fetch-Site", "same-origin");

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.signedIn()).isTrue();
    }

    @Test
    void signOutWithoutTheTokenIsRefused() throws Exception {
        HttpSession browser = new HttpSession(port);
        browser.signIn("alice", "alice-demo");
        assertThat(browser.signedIn()).isTrue();

        assertThat(browser.postForm("/logout", Map.of(), "Origin", "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);

        assertThat(browser.signedIn()).isTrue();
    }

    @Test
    void theConfirmationPageRefusesAFormPostWithoutTheToken() throws Exception {
        HttpSession browser = new HttpSession(port);

        assertThat(browser.postForm("/confirm/ABCDEFGHJKLMNPQRSTUVWXYZ23456789", Map.of("confirm", "yes")).statusCode()).isEqualTo(403);
        assertThat(browser.postForm("/confirm/ABCDEFGHJKLMNPQRSTUVWXYZ23456789", Map.of("confirm", "yes"), "Origin", "http://evil.example")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void acmeStaysOpenWithoutTokenOrSession() throws Exception {
        HttpSession client = new HttpSession(port);

        HttpResponse<String> newAccount = client.postForm("/acme/new-account", Map.of(), "Content-Type", "application/jose+json",
                "Origin", "http://elsewhere.example");

        // Refused by ACME itself (no valid JWS), not by CSRF: an RFC 7807 problem, never a 403.
        assertThat(newAccount.statusCode()).isNotEqualTo(403);
        assertThat(newAccount.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
}
