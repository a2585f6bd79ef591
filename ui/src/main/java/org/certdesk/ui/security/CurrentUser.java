package org.certdesk.ui.security;

import java.util.Optional;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.certdesk.domain.account.Actor;
import org.springframework.stereotype.Component;

/** Who is signed in, for views: their name, role and tenant. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<CertDeskUser> get() {
        return authenticationContext.getAuthenticatedUser(CertDeskUser.class);
    }

    public CertDeskUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    public Actor actor() {
        return require().actor();
    }

    public void signOut() {
        authenticationContext.logout();
    }
}
