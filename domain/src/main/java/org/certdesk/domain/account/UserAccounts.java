package org.certdesk.domain.account;

import java.util.List;
import java.util.Optional;
import org.certdesk.domain.shared.DomainRepository;

/** Port: where accounts are kept. */
@DomainRepository
public interface UserAccounts {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findById(AccountId id);

    /** Every account, ordered by username (the admin's list; a CA has few staff and tenants). */
    List<UserAccount> findAll();

    UserAccount save(UserAccount account);

    long count();
}
