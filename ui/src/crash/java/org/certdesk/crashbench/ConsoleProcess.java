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

    private final Path jar;
    private final Path log;
    private final OwnMariaDbServer database;
    private final Path journal;
    private final Path masterSecret;
    private Process process;
    private long logOffset;

    ConsoleProcess(Path jar, Path directory, OwnMariaDbServer database) {
        this.jar = jar;
        this.log = directory.resolve("console.log");
        this.database = database;
        this.journal = directory.resolve("issuance-journal.txt");
        this.masterSecret = directory.resolve("ca-master.key");
    }

    void start() throws IOException {
        logOffset = Files.exists(log) ? Files.size(log) : 0;
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(),
                "--certdesk.ca.issuance-journal=" + journal, "--certdesk.ca.master-secret-file=" + masterSecret,
                "--certdesk.scheduler.sweep-interval=PT2S", "--certdesk.scheduler.recheck-interval=PT1H",
                "--certdesk.demo-data=false", "--vaadin.launch-browser=false")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "root");
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
        builder.environment().put("PORT", String.valueOf(OwnMariaDbServer.freePort()));
        process = builder.start();
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
