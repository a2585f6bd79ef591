package org.certdesk.adapters.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.application.account.AccountProblem;
import org.certdesk.application.account.AccountSummary;
import org.certdesk.application.account.CreateAccount;
import org.certdesk.application.account.InvalidAccountInput;
import org.certdesk.application.account.ListAccounts;
import org.certdesk.application.account.LoadSignInAccount;
import org.certdesk.application.account.ResetPassword;
import org.certdesk.application.account.SetAccountEnabled;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.application.port.PasswordHasher;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.NotPermittedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The admin's account use cases against a real MariaDB, with the BCrypt hasher sign-in checks against. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class AccountAdministrationTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    TestActors actors;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Tenants tenants;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Transactions transactions;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    CreateAccount create;
    ListAccounts list;
    ResetPassword reset;
    SetAccountEnabled setEnabled;
    LoadSignInAccount signIn;
    Actor admin;

    @BeforeEach
    void setUp() {
        create = new CreateAccount(accounts, tenants, hasher, auditLog, transactions, clock);
        list = new ListAccounts(accounts, tenants);
        reset = new ResetPassword(accounts, hasher, auditLog, transactions, clock);
        setEnabled = new SetAccountEnabled(accounts, auditLog, transactions, clock);
        signIn = new LoadSignInAccount(accounts);
        UserAccount stored = accounts.save(UserAccount.newStaff("admin-" + unique(), "Admin", hasher.hash(PASSWORD), Role.ADMIN));
        admin = Actor.staff(stored.id(), stored.username(), Role.ADMIN);
    }

    @Test
    void createsAReviewerWhoCanSignInAndIsListedAndAudited() {
        String username = "Rev-" + unique();

        AccountSummary created = create.create(new CreateAccount.Command(admin, "  " + username + " ", "Ruth Reviewer",
                Role.REVIEWER, null, null, PASSWORD));

        assertThat(created.username()).isEqualTo(username.toLowerCase());
        var loaded = signIn.byUsername(username).orElseThrow();
        assertThat(loaded.role()).isEqualTo(Role.REVIEWER);
        assertThat(loaded.tenantId()).isNull();
        assertThat(loaded.enabled()).isTrue();
        assertThat(new BCryptPasswordEncoder().matches(PASSWORD, loaded.passwordHash())).isTrue();
        assertThat(list.accounts(admin)).extracting(AccountSummary::username).contains(created.username());
        assertThat(auditDetails("Account created")).contains(created.username() + " (REVIEWER)");
    }

    @Test
    void createsCustomersOfANewTenantAndOfAnExistingOne() {
        String tenantName = "Initech " + unique();
        AccountSummary first = create.create(new CreateAccount.Command(admin, "cust-" + unique(), "Peter", Role.CUSTOMER,
                null, tenantName, PASSWORD));
        Tenant tenant = tenants.findByName(tenantName).orElseThrow();
        assertThat(first.tenantId()).isEqualTo(tenant.id());
        assertThat(first.tenantName()).isEqualTo(tenantName);

        AccountSummary second = create.create(new CreateAccount.Command(admin, "cust-" + unique(), "Samir", Role.CUSTOMER,
                tenant.id(), null, PASSWORD));

        assertThat(second.tenantId()).isEqualTo(tenant.id());
        assertThat(list.accounts(admin)).filteredOn(a -> tenant.id().equals(a.tenantId()))
                .extracting(AccountSummary::tenantName).containsOnly(tenantName).hasSize(2);
        assertThat(list.tenants(admin)).contains(tenant);
    }

    @Test
    void refusesEachBadFieldWithItsProblem() {
        String taken = "taken-" + unique();
        create.create(new CreateAccount.Command(admin, taken, "Taken", Role.REVIEWER, null, null, PASSWORD));
        String existingTenant = "Existing " + unique();
        tenants.save(Tenant.unsaved(existingTenant));

        assertProblem(new CreateAccount.Command(admin, taken.toUpperCase(), "Again", Role.ADMIN, null, null, PASSWORD),
                AccountProblem.USERNAME_TAKEN);
        assertProblem(new CreateAccount.Command(admin, "no spaces", "X", Role.REVIEWER, null, null, PASSWORD),
                AccountProblem.USERNAME_INVALID);
        assertProblem(new CreateAccount.Command(admin, "ok-" + unique(), " ", Role.REVIEWER, null, null, PASSWORD),
                AccountProblem.DISPLAY_NAME_MISSING);
        assertProblem(new CreateAccount.Command(admin, "ok-" + unique(), "Short", Role.REVIEWER, null, null, "elevenchars"),
                AccountProblem.PASSWORD_TOO_SHORT);
        assertProblem(new CreateAccount.Command(admin, "ok-" + unique(), "Long", Role.REVIEWER, null, null, "证".repeat(25)),
                AccountProblem.PASSWORD_TOO_LONG);
        assertProblem(new CreateAccount.Command(admin, "ok-" + unique(), "No tenant", Role.CUSTOMER, null, "  ", PASSWORD),
                AccountProblem.TENANT_MISSING);
        assertProblem(new CreateAccount.Command(admin, "ok-" + unique(), "Dup tenant", Role.CUSTOMER, null,
                existingTenant.toUpperCase(), PASSWORD), AccountProblem.TENANT_NAME_TAKEN);
        assertProblem(new CreateAccount.Command(admin, "ok-" + unique(), "Gone tenant", Role.CUSTOMER, TenantId.of(Long.MAX_VALUE),
                null, PASSWORD), AccountProblem.TENANT_UNKNOWN);
        // A paste of megabytes is refused at its field, before it reaches a 200-character column.
        assertProblem(new CreateAccount.Command(admin, "ok-" + unique(), "D".repeat(CreateAccount.MAX_DISPLAY_NAME_LENGTH + 1),
                Role.REVIEWER, null, null, PASSWORD), AccountProblem.DISPLAY_NAME_TOO_LONG);
        assertProblem(new CreateAccount.Command(admin, "ok-" + unique(), "Huge tenant", Role.CUSTOMER, null,
                "T".repeat(5 * 1024 * 1024), PASSWORD), AccountProblem.TENANT_NAME_TOO_LONG);
    }

    @Test
    void resetPasswordStoresAHashOfTheNewPassword() {
        AccountSummary account = create.create(new CreateAccount.Command(admin, "forgetful-" + unique(), "Forgetful",
                Role.REVIEWER, null, null, PASSWORD));

        reset.reset(admin, account.id(), "a-brand-new-password");

        String hash = signIn.byUsername(account.username()).orElseThrow().passwordHash();
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        assertThat(bcrypt.matches("a-brand-new-password", hash)).isTrue();
        assertThat(bcrypt.matches(PASSWORD, hash)).isFalse();
        assertThat(auditDetails("Password reset")).contains(account.username() + " (REVIEWER)");
        assertThatThrownBy(() -> reset.reset(admin, account.id(), "short"))
                .isInstanceOfSatisfying(InvalidAccountInput.class, e -> assertThat(e.problem()).isEqualTo(AccountProblem.PASSWORD_TOO_SHORT));
    }

    @Test
    void disabledAccountIsMarkedForSignInAndCanBeEnabledAgain() {
        AccountSummary account = create.create(new CreateAccount.Command(admin, "leaver-" + unique(), "Leaver",
                Role.CUSTOMER, null, "Leaving Ltd " + unique(), PASSWORD));

        setEnabled.set(admin, account.id(), false);
        assertThat(signIn.byUsername(account.username()).orElseThrow().enabled()).isFalse();
        assertThat(auditDetails("Account disabled")).contains(account.username() + " (CUSTOMER)");

        setEnabled.set(admin, account.id(), true);
        assertThat(signIn.byUsername(account.username()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void anAdminCannotDisableThemself() {
        assertThatThrownBy(() -> setEnabled.set(admin, admin.account(), false))
                .isInstanceOf(DomainException.class).hasMessage("You cannot disable your own account.");
        assertThat(signIn.byUsername(admin.username()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void customersAndReviewersAreRefused() {
        Actor customer = actors.customer();
        Actor reviewer = actors.staff(Role.REVIEWER);

        for (Actor refused : new Actor[] {customer, reviewer}) {
            assertThatThrownBy(() -> list.accounts(refused)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> create.create(new CreateAccount.Command(refused, "sneaky-" + unique(), "Sneaky",
                    Role.ADMIN, null, null, PASSWORD))).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> reset.reset(refused, admin.account(), "taken-over-password"))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> setEnabled.set(refused, admin.account(), false)).isInstanceOf(NotPermittedException.class);
        }
        assertThat(new BCryptPasswordEncoder().matches(PASSWORD, signIn.byUsername(admin.username()).orElseThrow().passwordHash()))
                .isTrue();
        assertThat(signIn.byUsername(admin.username()).orElseThrow().enabled()).isTrue();
    }

    private void assertProblem(CreateAccount.Command command, AccountProblem expected) {
        assertThatThrownBy(() -> create.create(command))
                .isInstanceOfSatisfying(InvalidAccountInput.class, e -> assertThat(e.problem()).isEqualTo(expected));
    }

    private java.util.List<String> auditDetails(String action) {
        return jdbc.queryForList("SELECT detail FROM audit_entry WHERE action = ? AND actor = ? AND certificate_id IS NULL",
                String.class, action, admin.username());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
