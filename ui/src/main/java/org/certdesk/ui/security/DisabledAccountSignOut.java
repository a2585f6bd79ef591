package org.certdesk.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.certdesk.application.account.LoadSignInAccount;
import org.certdesk.application.account.SignInAccount;
import org.certdesk.ui.login.LoginView;
import org.springframework.stereotype.Component;

/**
 * Signs out a person whose account an admin disabled while they were signed in: checked at
 * every navigation, so disabling takes effect at their next click, not at their next sign-in.
 */
@Component
class DisabledAccountSignOut implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final LoadSignInAccount loadSignInAccount;

    DisabledAccountSignOut(CurrentUser currentUser, LoadSignInAccount loadSignInAccount) {
        this.currentUser = currentUser;
        this.loadSignInAccount = loadSignInAccount;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::checkStillEnabled));
    }

    private void checkStillEnabled(BeforeEnterEvent event) {
        currentUser.get().ifPresent(user -> {
            boolean enabled = loadSignInAccount.byUsername(user.getUsername()).map(SignInAccount::enabled).orElse(false);
            if (!enabled) {
                event.forwardTo(LoginView.class);
                currentUser.signOut();
            }
        });
    }
}
