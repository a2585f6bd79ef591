package org.certdesk.ui.security;

import java.util.List;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.certdesk.application.account.AttemptThrottle;
import org.certdesk.ui.login.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** Form sign-in through the Vaadin login view; views declare who may open them (@RolesAllowed). */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * What the console's pages may load: only their own origin. Vaadin's client needs inline
     * styles, and its script runs server-sent JavaScript through eval and inline handlers, hence
     * 'unsafe-inline' and 'unsafe-eval' for scripts (the browser test finds no violation with this).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
            @Value("${certdesk.metrics.allowed-addresses:127.0.0.1,::1}") List<String> metricsScrapers) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**", "/error").permitAll()
                // A load balancer asks health and readiness without signing in; the answer carries no details.
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // Metrics name counts a competitor would like to know: only the configured scrapers' addresses.
                .requestMatchers("/actuator/prometheus").access(fromAnyOf(metricsScrapers))
                // The CA's public repository: relying parties fetch AIA certificates and CRLs unauthenticated (BR 4.9.7).
                .requestMatchers("/ca/**", "/crl/**").permitAll()
                // ACME (RFC 8555): every request is authenticated by its own JWS signature, not a session.
                .requestMatchers("/acme/**").permitAll());
        // A JWS with a one-time nonce is ACME's replay and forgery protection; a session CSRF token has no place there.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/acme/**"));
        // Vaadin's own CSRF setup exempts the sign-in form; ours asks the token of it (see StateChangingRequests).
        http.csrf(csrf -> csrf.requireCsrfProtectionMatcher(new StateChangingRequests(vaadinRequests)));
        http.addFilterBefore(new SameOriginStateChanges(), CsrfFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny())
                // Written when the request starts, before Vaadin's index page would set its own
                // X-Frame-Options (SAMEORIGIN) on a response that has none yet.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                // Vaadin's default denies unknown addresses with a bare 403; let signed-in users
                // reach the router instead, which shows the "Page not found" view.
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> fromAnyOf(List<String> addresses) {
        List<IpAddressMatcher> scrapers = addresses.stream().map(String::strip).filter(address -> !address.isEmpty())
                .map(IpAddressMatcher::new).toList();
        return (authentication, context) -> new AuthorizationDecision(scrapers.stream().anyMatch(scraper -> scraper.matches(context.getRequest())));
    }

    /**
     * Passwords checked by Spring's DAO provider behind the attempt throttle. Checks a disabled
     * account only after its password: so only someone who knows the password learns that the
     * account exists and was disabled (the default checks it first).
     */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService accounts, PasswordEncoder passwordEncoder, AttemptThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledAuthenticationProvider(provider, throttle);
    }

    /**
     * The session cookie is not sent along with cross-site subrequests and form posts: a second
     * line behind the CSRF token. In code rather than in application.properties, so no properties
     * file (the tests' replaces the main one) can leave it out.
     */
    @Bean
    CookieSameSiteSupplier sessionCookieSameSite() {
        return CookieSameSiteSupplier.ofLax().whenHasName("JSESSIONID");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Matches the hashes the accounts adapter writes (BCrypt).
        return new BCryptPasswordEncoder();
    }
}
