package org.certdesk.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.certdesk.ui.login.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Form sign-in through the Vaadin login view; views declare who may open them (@RolesAllowed). */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**", "/error").permitAll()
                // The CA's public repository: relying parties fetch AIA certificates and CRLs unauthenticated (BR 4.9.7).
                .requestMatchers("/ca/**", "/crl/**").permitAll()
                // ACME (RFC 8555): every request is authenticated by its own JWS signature, not a session.
                .requestMatchers("/acme/**").permitAll());
        // A JWS with a one-time nonce is ACME's replay and forgery protection; a session CSRF token has no place there.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/acme/**"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                // Vaadin's default denies unknown addresses with a bare 403; let signed-in users
                // reach the router instead, which shows the "Page not found" view.
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    /**
     * Checks a disabled account only after its password: so only someone who knows the password
     * learns that the account exists and was disabled (the default checks it first).
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Matches the hashes the accounts adapter writes (BCrypt).
        return new BCryptPasswordEncoder();
    }
}
