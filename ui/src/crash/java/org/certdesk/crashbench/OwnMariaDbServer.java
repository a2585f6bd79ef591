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
final class OwnMariaDbServer implements HarnessDatabase {

    static final String DATABASE = "certdesk_crash";

    private final Path directory;
    private final int port;
    private final List<String> options;
    private final String osUser;
    private Process process;

    OwnMariaDbServer(Path directory) throws IOException {
        this(directory, freePort(), List.of(), System.getProperty("user.name"));
    }

    /** With server options of its own (a Galera node's wsrep settings) and the account it runs as. */
    OwnMariaDbServer(Path directory, int port, List<String> options, String osUser) {
        this.directory = directory;
        this.port = port;
        this.options = List.copyOf(options);
        this.osUser = osUser;
    }

    void install() throws IOException, InterruptedException {
        Files.createDirectories(directory);
        if (!osUser.equals(System.getProperty("user.name"))) {
            // The server writes its socket and pid file here, as its own account.
            run(List.of("chown", osUser, directory.toString()), directory.resolve("chown.log"));
        }
        run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + directory.resolve("data"), "--user=" + osUser,
                "--auth-root-authentication-method=normal", "--skip-test-db"), directory.resolve("install.log"));
    }

    void start() throws IOException, InterruptedException, SQLException {
        start(List.of());
    }

    /** Starts the server with options for this start only (a Galera node bootstrapping the cluster). */
    void start(List<String> thisStartOnly) throws IOException, InterruptedException, SQLException {
        List<String> command = new java.util.ArrayList<>(List.of("/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + directory.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + directory.resolve("mysqld.sock"),
                "--pid-file=" + directory.resolve("mysqld.pid"), "--user=" + osUser, "--skip-grant-tables",
                "--innodb-flush-log-at-trx-commit=1", "--innodb-buffer-pool-size=256M", "--max-connections=200"));
        command.addAll(options);
        command.addAll(thisStartOnly);
        process = new ProcessBuilder(command)
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

    @Override
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE
                + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&preserveInstants=true";
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "root", "");
    }

    long pid() {
        return process.pid();
    }

    Path dataDirectory() {
        return directory.resolve("data");
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
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
