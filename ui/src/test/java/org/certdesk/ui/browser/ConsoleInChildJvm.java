package org.certdesk.ui.browser;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.certdesk.adapters.mariadb.EmbeddedMariaDb;
import org.certdesk.ui.CertDeskApplication;

/**
 * The console's main class in a JVM of its own, on the test's database, so that a benchmark can
 * look at the server's heap without the test's own objects (the Playwright client, the test's
 * Spring context) in it. Started as the crash harness starts the packaged jar
 * ({@code ui/src/crash/.../ConsoleProcess}: environment for the data source, log to a file, wait
 * for Spring's "Started" line), but from the test's class path without {@code test-classes}, so
 * it needs no {@code package} step and carries none of the tests' beans or settings.
 */
final class ConsoleInChildJvm implements AutoCloseable {

    private static final String STARTED = "Started CertDeskApplication";

    private final Process process;
    private final Path log;
    private final int port;

    private ConsoleInChildJvm(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the console with the JVM options and console settings given, and waits until it serves. */
    static ConsoleInChildJvm start(EmbeddedMariaDb database, Path log, List<String> jvmOptions, List<String> settings)
            throws IOException, InterruptedException {
        int port = freePort();
        Path argFile = log.resolveSibling(log.getFileName() + ".classpath");
        Files.createDirectories(log.getParent());
        // An @argfile: the class path is longer than some command lines allow.
        Files.writeString(argFile, "-cp \"" + consoleClassPath().replace("\\", "\\\\") + "\"\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.add("@" + argFile);
        command.add(CertDeskApplication.class.getName());
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", database.username());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", database.password());
        builder.environment().put("PORT", String.valueOf(port));
        ConsoleInChildJvm console = new ConsoleInChildJvm(builder.start(), log, port);
        console.awaitStarted(Duration.ofMinutes(5));
        return console;
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    /** Runs a diagnostic command in the console's JVM ({@code jcmd <pid> ...}) and returns what it printed. */
    String jcmd(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid())));
        command.addAll(Arrays.asList(arguments));
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(2, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", arguments) + " failed: " + output);
        }
        return output;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private void awaitStarted(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.readString(log).contains(STARTED)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The console in the child JVM stopped; see " + log);
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The console in the child JVM did not start within " + timeout + "; see " + log);
    }

    /** Surefire's test class path (its booter jar hides it from java.class.path) without the test classes. */
    private static String consoleClassPath() {
        String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(testClassPath.split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
