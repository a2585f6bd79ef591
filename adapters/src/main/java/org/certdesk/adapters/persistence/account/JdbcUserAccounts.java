package org.certdesk.adapters.persistence.account;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.springframework.stereotype.Component;

@Component
class JdbcUserAccounts implements UserAccounts {

    private final UserAccountRowRepository rows;
    private final Clock clock;

    JdbcUserAccounts(UserAccountRowRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return rows.findByUsername(username).map(JdbcUserAccounts::toDomain);
    }

    @Override
    public Optional<UserAccount> findById(AccountId id) {
        return rows.findById(id.value()).map(JdbcUserAccounts::toDomain);
    }

    @Override
    public List<UserAccount> findAll() {
        return rows.findAllByOrderByUsername().stream().map(JdbcUserAccounts::toDomain).toList();
    }

    @Override
    public UserAccount save(UserAccount account) {
        Long id = account.id() == null ? null : account.id().value();
        Long version = account.id() == null ? null : account.version();
        UserAccountRow row = new UserAccountRow(id, account.username(), account.displayName(), account.passwordHash(),
                account.role().name(), account.tenantId() == null ? null : account.tenantId().value(),
                account.enabled(), version, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return toDomain(rows.save(row));
    }

    @Override
    public long count() {
        return rows.count();
    }

    private static UserAccount toDomain(UserAccountRow row) {
        return new UserAccount(new AccountId(row.id()), row.username(), row.displayName(), row.passwordHash(),
                Role.valueOf(row.role()), row.tenantId() == null ? null : TenantId.of(row.tenantId()),
                row.enabled(), row.version());
    }
}
