package org.certdesk.adapters.mariadb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a {@code kill -9} of the console, its {@code mariadbd} child keeps running and holds the
 * data directory's locks, so the next start would hang for 30 s and fail. The pid file that the
 * server writes tells which process to stop first.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(20);

    private OrphanedServer() {
    }

    static void stopIfRunning(Path pidFile) {
        readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(OrphanedServer::isMariaDbServer)
                .ifPresent(process -> stop(process, pidFile));
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (IOException | NumberFormatException e) {
            log.warn("Ignoring unreadable MariaDB pid file {}: {}", pidFile, e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean isMariaDbServer(ProcessHandle process) {
        // A recycled pid may belong to anything else: only stop a MariaDB server.
        return process.info().command().map(command -> command.endsWith("mariadbd") || command.endsWith("mysqld")).orElse(false);
    }

    private static void stop(ProcessHandle process, Path pidFile) {
        log.warn("Stopping an orphaned embedded MariaDB (pid {}) left by a previous run; pid file {}", process.pid(), pidFile);
        process.destroy();
        CompletableFuture<ProcessHandle> exit = process.onExit();
        try {
            exit.get(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            log.warn("The orphaned MariaDB did not stop within {}; killing it", GRACEFUL_STOP);
            process.destroyForcibly();
            exit.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an orphaned MariaDB", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not stop the orphaned MariaDB (pid " + process.pid() + ")", e);
        }
    }
}
