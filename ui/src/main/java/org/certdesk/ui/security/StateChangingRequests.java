package org.certdesk.ui.security;

import java.util.Set;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The requests that must carry Spring's CSRF token: every method but GET, HEAD, TRACE and
 * OPTIONS, except Vaadin's own client-server traffic, which carries Vaadin's CSRF token instead.
 * Sign-in and sign-out always need the token: a "?v-r=uidl" on them must not turn them into
 * Vaadin traffic (Spring's filters answer them before Vaadin sees them).
 */
final class StateChangingRequests implements RequestMatcher {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "TRACE", "OPTIONS");
    private static final Set<String> SESSION_ENDPOINTS = Set.of("/login", "/logout");

    private final RequestUtil vaadinRequests;

    StateChangingRequests(RequestUtil vaadinRequests) {
        this.vaadinRequests = vaadinRequests;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        return SESSION_ENDPOINTS.contains(pathOf(request)) || !vaadinRequests.isFrameworkInternalRequest(request);
    }

    static String pathOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int parameters = path.indexOf(';');
        return parameters < 0 ? path : path.substring(0, parameters);
    }
}
