package org.certdesk.application.account;

import java.util.Locale;
import java.util.Optional;

import org.certdesk.domain.account.UserAccounts;

/** Use case: look up the account a person signs in with. */
public class LoadSignInAccount {

    private final UserAccounts accounts;

    public LoadSignInAccount(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public Optional<SignInAccount> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .map(account -> new SignInAccount(account.id(), account.username(), account.displayName(), account.passwordHash(),
                        account.role(), account.tenantId(), account.enabled()));
    }
}
