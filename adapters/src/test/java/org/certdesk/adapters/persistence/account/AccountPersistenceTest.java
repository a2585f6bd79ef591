package org.certdesk.adapters.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Accounts against a real MariaDB (embedded by default, a server when spring.datasource.url is set) with the Liquibase schema. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class AccountPersistenceTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    Tenants tenants;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void customerRoundTripsWithTenantRoleAndHash() {
        Tenant tenant = tenants.save(Tenant.unsaved("Tenant " + unique()));
        String username = "cust-" + unique();

        UserAccount saved = accounts.save(UserAccount.newCustomer(username, "Carol", "$2a$10$hash", tenant.id()));

        UserAccount loaded = accounts.findByUsername(username).orElseThrow();
        assertThat(loaded.id()).isEqualTo(saved.id());
        assertThat(loaded.role()).isEqualTo(Role.CUSTOMER);
        assertThat(loaded.tenantId()).isEqualTo(tenant.id());
        assertThat(loaded.passwordHash()).isEqualTo("$2a$10$hash");
        assertThat(tenants.findById(tenant.id())).contains(tenant);
    }

    @Test
    void tenantsWhoseNamesGiveTheSameLabelGetDistinctSlugsThatStay() {
        String word = "slug" + unique();
        Tenant first = tenants.save(Tenant.unsaved(word + " Trading"));
        Tenant second = tenants.save(Tenant.unsaved(word + " trading!"));
        Tenant third = tenants.save(Tenant.unsaved(word + "-Trading"));

        assertThat(first.slug().value()).isEqualTo(word + "-trading");
        assertThat(second.slug().value()).isEqualTo(word + "-trading-2");
        assertThat(third.slug().value()).isEqualTo(word + "-trading-3");

        Tenant renamed = tenants.save(new Tenant(first.id(), word + " Holdings", null));
        assertThat(renamed.slug()).as("a rename keeps the slug").isEqualTo(first.slug());
        assertThat(tenants.findById(first.id()).orElseThrow().slug()).isEqualTo(first.slug());
    }

    @Test
    void usernamesAreUnique() {
        String username = "dup-" + unique();
        accounts.save(UserAccount.newStaff(username, "First", "hash", Role.REVIEWER));

        assertThatThrownBy(() -> accounts.save(UserAccount.newStaff(username, "Second", "hash", Role.ADMIN)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void staleSaveIsRefusedByTheVersionCheck() {
        String username = "stale-" + unique();
        UserAccount first = accounts.save(UserAccount.newStaff(username, "Rev", "hash", Role.REVIEWER));
        accounts.save(withDisplayName(first, "Rev One"));

        assertThatThrownBy(() -> accounts.save(withDisplayName(first, "Rev Two")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(accounts.findByUsername(username).orElseThrow().displayName()).isEqualTo("Rev One");
    }

    @Test
    void schemaStoresInstantsWithMicrosecondsAndUtf8mb4() {
        String type = jdbc.queryForObject("""
                SELECT column_type FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = 'user_account' AND column_name = 'created_at'""", String.class);
        assertThat(type).isEqualToIgnoringCase("datetime(6)");

        Tenant tenant = tenants.save(Tenant.unsaved("Ünïcödé 证书 " + unique()));
        assertThat(tenants.findById(tenant.id()).orElseThrow().name()).startsWith("Ünïcödé 证书");
    }

    private static UserAccount withDisplayName(UserAccount account, String displayName) {
        return new UserAccount(account.id(), account.username(), displayName, account.passwordHash(), account.role(),
                account.tenantId(), account.enabled(), account.version());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
