package org.certdesk.crashbench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A MariaDB server process the harness owns (its own datadir, port and socket), so it can be
 * killed with SIGKILL and started again on the same files. Durable as a production server is
 * meant to be: the redo log is flushed at every commit.
 */
final class OwnMariaDbServer {

    static final String DATABASE = "certdesk_crash";

    private final Path directory;
    private final int port;
    private Process process;

    OwnMariaDbServer(Path directory) throws IOException {
        this.directory = directory;
        this.port = freePort();
    }

    void install() throws IOException, InterruptedException {
        Files.createDirectories(directory);
        run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + directory.resolve("data"), "--user=" + user(),
                "--auth-root-authentication-method=normal", "--skip-test-db"), directory.resolve("install.log"));
    }

    void start() throws IOException, InterruptedException, SQLException {
        process = new ProcessBuilder("/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + directory.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + directory.resolve("mysqld.sock"),
                "--pid-file=" + directory.resolve("mysqld.pid"), "--user=" + user(), "--skip-grant-tables",
                "--innodb-flush-log-at-trx-commit=1", "--innodb-buffer-pool-size=256M", "--max-connections=200")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("mariadbd.log").toFile()))
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "")) {
                c.createStatement().execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                return;
            } catch (SQLException notYet) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }

    /** SIGKILL: no shutdown, no flush beyond what each commit already forced. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE
                + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&preserveInstants=true";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "root", "");
    }

    long pid() {
        return process.pid();
    }

    private static String user() {
        return System.getProperty("user.name");
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command.getFirst() + " failed, see " + log);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
