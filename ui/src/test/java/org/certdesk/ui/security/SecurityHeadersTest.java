package org.certdesk.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 14 (headers): every response carries them, signed in or not, pages and files alike. */
@SpringBootTest(classes = CertDeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    private static final List<String> PATHS = List.of("/login", "/confirm/ABCDEFGHJKLMNPQRSTUVWXYZ23456789", "/certificates",
            "/ca/root.crt", "/error", "/no-such-page", "/acme/directory");

    @LocalServerPort
    int port;

    @Test
    void everyResponseForbidsFramingSniffingAndForeignReferrers() throws Exception {
        HttpSession browser = new HttpSession(port);
        for (String path : PATHS) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                            "form-action 'self'"));
        }
    }

    @Test
    void theSessionCookieStaysOnThisSite() throws Exception {
        HttpResponse<String> login = new HttpSession(port).get("/login");

        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void errorAskedForDirectlyIsAPlainNotFound() throws Exception {
        HttpResponse<String> error = new HttpSession(port).get("/error");

        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.body()).hasSizeLessThan(100).doesNotContain("999", "Exception");
    }
}
