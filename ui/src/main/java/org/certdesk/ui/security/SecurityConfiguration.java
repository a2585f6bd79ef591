package org.certdesk.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.certdesk.ui.login.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
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
                .requestMatchers("/ca/**", "/crl/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                // Vaadin's default denies unknown addresses with a bare 403; let signed-in users
                // reach the router instead, which shows the "Page not found" view.
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Matches the hashes the accounts adapter writes (BCrypt).
        return new BCryptPasswordEncoder();
    }
}
