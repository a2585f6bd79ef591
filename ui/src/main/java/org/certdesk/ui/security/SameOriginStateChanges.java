package org.certdesk.ui.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing request that a browser says comes from another site: an Origin
 * header naming another origin, or Sec-Fetch-Site "cross-site"/"same-site". A second line behind
 * the CSRF token. ACME is exempt: its clients are not browsers and sign each request (RFC 8555).
 */
final class SameOriginStateChanges extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "TRACE", "OPTIONS");
    private static final Set<String> FOREIGN_FETCH_SITES = Set.of("cross-site", "same-site");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod()) || StateChangingRequests.pathOf(request).startsWith("/acme/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        boolean foreignOrigin = origin != null && !sameOrigin(origin, request);
        boolean foreignSite = fetchSite != null && FOREIGN_FETCH_SITES.contains(fetchSite.toLowerCase(Locale.ROOT));
        if (foreignOrigin || foreignSite) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            return request.getScheme().equalsIgnoreCase(uri.getScheme()) && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == portOf(uri);
        } catch (IllegalArgumentException unreadable) {
            // "null" (a sandboxed or privacy-redirected page) and garbage are not this origin.
            return false;
        }
    }

    private static int portOf(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
