package org.certdesk.adapters;

import java.time.Clock;

import org.certdesk.adapters.mariadb.EmbeddedMariaDbProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * The adapters' wiring. The console's application class scans {@code org.certdesk}, so the ui
 * module needs no compile-time dependency on anything here.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(basePackages = "org.certdesk.adapters.persistence")
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
public class AdaptersConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
