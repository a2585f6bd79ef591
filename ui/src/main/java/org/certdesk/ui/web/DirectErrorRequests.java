package org.certdesk.ui.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * "/error" is where the container forwards failures; asked for directly, Spring Boot's error
 * controller has no error to show and answers 500 with status 999. There is nothing at that
 * address for a visitor: a plain 404. Runs for direct requests only (OncePerRequestFilter skips
 * error dispatches), after Spring Security, so the response keeps the security headers.
 */
@Component
class DirectErrorRequests extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/error".equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write("Not found.".getBytes(StandardCharsets.UTF_8));
    }
}
