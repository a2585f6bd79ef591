package org.certdesk.adapters.secret;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the master secret once for every adapter that keeps keys at rest. */
@Configuration(proxyBeanMethods = false)
public class MasterSecretConfiguration {

    @Bean
    MasterSecret masterSecret(@Value("${certdesk.ca.master-secret:}") String configured,
                              @Value("${certdesk.ca.master-secret-file:${user.home}/.certdesk/ca-master.key}") String file) {
        return MasterSecret.load(configured, Path.of(file));
    }
}
