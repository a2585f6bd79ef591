package org.certdesk.ui;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Vaadin installs each Spring context's own SecurityContextHolderStrategy bean (one ThreadLocal
 * per instance) as the JVM-wide strategy when that context starts, so the context started last
 * wins. Spring Security's test support signs the {@code @WithUserDetails} user into the test
 * context's strategy bean, while the views read the JVM-wide one: once the Chromium tests' web
 * context had started, a browserless test on the cached mock context found nobody signed in and
 * landed on the login view. Before each test this makes the test's own strategy the JVM-wide one.
 */
final class ThisContextsSecurityStrategy implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext extension) {
        SecurityContextHolder.setContextHolderStrategy(SpringExtension.getApplicationContext(extension)
                .getBean(SecurityContextHolderStrategy.class));
    }
}
