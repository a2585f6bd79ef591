package org.certdesk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.certdesk.application.account.AttemptThrottle;
import org.certdesk.application.account.LoadSignInAccount;
import org.certdesk.application.account.SignInAccount;
import org.certdesk.application.account.ThrottleKey;
import org.certdesk.application.account.ThrottleLock;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.audit.AuditQuery;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The admin sees sign-in locks in the Accounts view and clears one; the clearing is audited. */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("adam")
class AccountsViewLocksTest extends BrowserlessTest {

    @Autowired
    AttemptThrottle throttle;
    @Autowired
    AuditLog auditLog;
    @Autowired
    LoadSignInAccount accounts;

    @Test
    void theAdminSeesALockAndClearsIt() {
        String username = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        List<ThrottleKey> keys = ThrottleKey.forSignIn(username, "198.51.100.23");
        for (int failure = 0; failure < 5; failure++) { // certdesk.sign-in.lockout-after in the test properties
            throttle.failed(keys);
        }
        navigate(AccountsView.class);
        @SuppressWarnings("unchecked")
        Grid<ThrottleLock> locks = $(Grid.class).id("sign-in-locks");
        int row = rowOf(locks, username + "@198.51.100.23");
        assertThat(test(locks).getCellText(row, 0)).isEqualTo("Account at an address");

        test((Button) test(locks).getCellComponent(row, 3)).click();

        assertThat(throttle.refusedUntil(keys)).isEmpty();
        assertThat(rowOfOrMinusOne(locks, username + "@198.51.100.23")).isEqualTo(-1);
        assertThat(auditLog.search(AuditQuery.latest(20))).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("Attempts lock cleared");
            assertThat(entry.actor()).isEqualTo("adam");
            assertThat(entry.detail()).contains(username);
        });
        assertThat(auditLog.search(AuditQuery.latest(20))).extracting(AuditEntry::detail)
                .anySatisfy(detail -> assertThat(detail).contains(username + "@198.51.100.23 until"));
    }

    @Test
    void withoutLocksTheViewSaysSo() {
        Actor admin = admin();
        throttle.locks(admin).forEach(lock -> throttle.clear(admin, lock.key()));
        AccountsView view = navigate(AccountsView.class);

        assertThat($(Paragraph.class).id("no-sign-in-locks").isVisible()).isTrue();
        assertThat(view.locks.isVisible()).isFalse();
    }

    private Actor admin() {
        SignInAccount adam = accounts.byUsername("adam").orElseThrow();
        return Actor.staff(adam.id(), adam.username(), adam.role());
    }

    private int rowOf(Grid<ThrottleLock> grid, String subject) {
        int row = rowOfOrMinusOne(grid, subject);
        assertThat(row).as("a lock of " + subject).isNotNegative();
        return row;
    }

    private int rowOfOrMinusOne(Grid<ThrottleLock> grid, String subject) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).key().subject().equals(subject)) {
                return row;
            }
        }
        return -1;
    }
}
