package org.certdesk.domain.account;

import java.util.Optional;

/** Port: where accounts are kept. */
public interface UserAccounts {

    Optional<UserAccount> findByUsername(String username);

    UserAccount save(UserAccount account);

    long count();
}
