package org.certdesk.adapters.mariadb;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code spring.datasource.url} configured, the console starts its
 * own MariaDB and connects to it. Configuring a URL (or SPRING_DATASOURCE_URL) turns this off and
 * Spring Boot's usual DataSource takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceConfigured.class)
public class EmbeddedMariaDbConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
        return EmbeddedMariaDb.acquire(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername(db.username());
        dataSource.setPassword(db.password());
        dataSource.setPoolName("certdesk-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
