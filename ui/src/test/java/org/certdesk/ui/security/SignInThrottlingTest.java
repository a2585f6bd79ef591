package org.certdesk.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.certdesk.application.account.AttemptThrottle;
import org.certdesk.application.account.LoadSignInAccount;
import org.certdesk.application.account.SignInAccount;
import org.certdesk.application.account.ThrottleKey;
import org.certdesk.application.account.ThrottleLock;
import org.certdesk.application.account.ThrottleScope;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.audit.AuditQuery;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14 (no throttling), over HTTP: after the configured number of wrong passwords
 * (certdesk.sign-in.lockout-after, 5 in the test properties) the account is locked at that
 * address even for the right password; the lock is audited, the admin sees and clears it.
 */
@SpringBootTest(classes = CertDeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInThrottlingTest {

    private static final int LOCKOUT_AFTER = 5;
    private static final List<ThrottleKey> BOB_HERE = ThrottleKey.forSignIn("bob", "127.0.0.1");

    @LocalServerPort
    int port;
    @Autowired
    AttemptThrottle throttle;
    @Autowired
    LoadSignInAccount accounts;
    @Autowired
    AuditLog auditLog;

    /** The counts live in the database, which outlives a test run: start from none too. */
    @BeforeEach
    void startWithoutEarlierFailures() {
        forgetThisTestsFailures();
    }

    @AfterEach
    void forgetThisTestsFailures() {
        BOB_HERE.forEach(key -> throttle.clear(admin(), key));
    }

    @Test
    void wrongPasswordsLockTheAccountAtThatAddressUntilTheAdminClearsIt() throws Exception {
        HttpSession browser = new HttpSession(port);
        for (int attempt = 1; attempt <= LOCKOUT_AFTER; attempt++) {
            waitOutTheDelays();
            assertThat(location(browser.signIn("bob", "wrong-password-" + attempt))).endsWith("/login?error");
        }

        // Locked: the right password is refused too, and signs nobody in.
        assertThat(location(browser.signIn("bob", "bob-demo"))).endsWith("/login?error");
        assertThat(browser.signedIn()).isFalse();

        ThrottleKey bobHere = new ThrottleKey(ThrottleScope.ACCOUNT_AT_ADDRESS, "bob@127.0.0.1");
        assertThat(throttle.locks(admin())).extracting(ThrottleLock::key).contains(bobHere);
        assertThat(auditLog.search(AuditQuery.latest(50))).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("Attempts locked");
            assertThat(entry.actor()).isEqualTo("system");
            assertThat(entry.detail()).contains("bob@127.0.0.1");
        });

        throttle.clear(admin(), bobHere);

        assertThat(throttle.locks(admin())).extracting(ThrottleLock::key).doesNotContain(bobHere);
        assertThat(auditLog.search(AuditQuery.latest(50))).extracting(AuditEntry::action).contains("Attempts lock cleared");
        assertThat(location(browser.signIn("bob", "bob-demo"))).doesNotContain("error");
        assertThat(browser.signedIn()).isTrue();
    }

    /** The delays before the lock are part of the policy; the test waits them out as a patient guesser would. */
    private void waitOutTheDelays() throws InterruptedException {
        while (throttle.refusedUntil(BOB_HERE).isPresent()) {
            Thread.sleep(100);
        }
    }

    private Actor admin() {
        SignInAccount adam = accounts.byUsername("adam").orElseThrow();
        return Actor.staff(adam.id(), adam.username(), adam.role());
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
