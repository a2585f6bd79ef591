package org.certdesk.ui;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Vaadin installs each Spring context's own SecurityContextHolderStrategy (one ThreadLocal per
 * instance) as the JVM-wide strategy when that context starts, so the context started last wins.
 * Once the Chromium tests' web context has started, a browserless test on the cached mock
 * context would put its signed-in user where its views never look and land on the login view.
 * Before each test, this puts the test's own context's strategy back in force (keeping whatever
 * is signed in). Registered on the base class, it runs before Spring signs the test user in.
 */
final class ThisContextsSecurityStrategy implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext extension) {
        SecurityContextHolderStrategy own = SpringExtension.getApplicationContext(extension)
                .getBean(SecurityContextHolderStrategy.class);
        if (SecurityContextHolder.getContextHolderStrategy() != own) {
            SecurityContext signedIn = SecurityContextHolder.getContext();
            SecurityContextHolder.setContextHolderStrategy(own);
            SecurityContextHolder.setContext(signedIn);
        }
    }
}
