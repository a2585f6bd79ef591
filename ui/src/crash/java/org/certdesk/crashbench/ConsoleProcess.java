package org.certdesk.crashbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The real console, {@code ui/target/certdesk-ui-*.jar}, as a child process on the harness's
 * database, its log appended to one file across all lives. Killed with SIGKILL, never asked to stop.
 */
final class ConsoleProcess {

    private static final String STARTED = "Started CertDeskApplication";

    private static final List<String> CRASH_HARNESS_SETTINGS = List.of("--certdesk.scheduler.sweep-interval=PT2S",
            "--certdesk.scheduler.recheck-interval=PT1H", "--certdesk.demo-data=false");

    private final Path jar;
    private final Path log;
    private final HarnessDatabase database;
    private final Path journal;
    private final Path masterSecret;
    private final int port;
    private final List<String> settings;
    private Process process;
    private long logOffset;

    /** The crash harness's console: a new free port each life, sweeps every 2 s, no demo data. */
    ConsoleProcess(Path jar, Path directory, HarnessDatabase database) throws IOException {
        this(jar, directory, "console", directory.resolve("ca-master.key"), database, OwnMariaDbServer.freePort(), CRASH_HARNESS_SETTINGS);
    }

    /**
     * A console node of a cluster: its own log and journal named after it, the master secret all
     * nodes share, a fixed port (the load balancer's configuration names it), settings of the harness.
     */
    ConsoleProcess(Path jar, Path directory, String node, Path masterSecret, HarnessDatabase database, int port, List<String> settings) {
        this.jar = jar;
        this.log = directory.resolve(node + ".log");
        this.database = database;
        this.journal = directory.resolve(node + "-issuance-journal.txt");
        this.masterSecret = masterSecret;
        this.port = port;
        this.settings = List.copyOf(settings);
    }

    void start() throws IOException {
        logOffset = Files.exists(log) ? Files.size(log) : 0;
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(),
                "--certdesk.ca.issuance-journal=" + journal, "--certdesk.ca.master-secret-file=" + masterSecret,
                "--vaadin.launch-browser=false"));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "root");
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
        builder.environment().put("PORT", String.valueOf(port));
        process = builder.start();
    }

    int port() {
        return port;
    }

    /** Waits for Spring's "Started" line of this life; false when the process died or the time ran out first. */
    boolean awaitStarted(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            if (thisLife().contains(STARTED)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** SIGKILL, as kill -9. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A polite stop at the end (SIGTERM), so the last life's log is complete. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    Path journal() {
        return journal;
    }

    Path masterSecret() {
        return masterSecret;
    }

    Path log() {
        return log;
    }

    private String thisLife() throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(logOffset, all.length), (int) Math.max(0, all.length - logOffset));
    }

    static List<String> journalLines(Path journal) throws IOException {
        return Files.exists(journal) ? Files.readAllLines(journal) : List.of();
    }
}
