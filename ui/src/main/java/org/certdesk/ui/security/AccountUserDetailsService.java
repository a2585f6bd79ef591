package org.certdesk.ui.security;

import org.certdesk.application.account.LoadSignInAccount;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Spring Security's view of the accounts use case. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final LoadSignInAccount loadSignInAccount;

    AccountUserDetailsService(LoadSignInAccount loadSignInAccount) {
        this.loadSignInAccount = loadSignInAccount;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return loadSignInAccount.byUsername(username)
                .map(CertDeskUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
