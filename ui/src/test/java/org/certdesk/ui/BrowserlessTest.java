package org.certdesk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the browserless view tests: Vaadin's harness on this test's Spring context, with that
 * context's security strategy in force (see {@link ThisContextsSecurityStrategy}), so the tests
 * run in any order beside the Chromium tests' context.
 */
@ExtendWith(ThisContextsSecurityStrategy.class)
public abstract class BrowserlessTest extends SpringBrowserlessTest {
}
