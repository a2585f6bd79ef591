package org.certdesk.adapters.mariadb;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded MariaDB keeps its files. The data directory survives restarts, so a demo's
 * certificates are still there the next day.
 *
 * @param directory root of binaries, data, temp files, TLS material and pid file
 * @param database  name of the application's database
 */
@ConfigurationProperties(prefix = "certdesk.embedded-db")
public record EmbeddedMariaDbProperties(Path directory, String database) {

    public EmbeddedMariaDbProperties {
        if (directory == null) {
            directory = Path.of(System.getProperty("user.home"), ".certdesk", "mariadb");
        }
        if (database == null || database.isBlank()) {
            database = "certdesk";
        }
    }
}
