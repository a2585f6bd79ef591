package org.certdesk.adapters.mariadb;

import java.nio.file.Path;

/**
 * Stands in for a console process in {@link EmbeddedMariaDbTest}: starts the embedded MariaDB on
 * the given directory, says READY, and waits to be killed with SIGKILL (no shutdown hooks run,
 * so its mariadbd child is orphaned, as after a real kill -9).
 */
public final class ConsoleThatGetsKilled {

    private ConsoleThatGetsKilled() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMariaDb.acquire(new EmbeddedMariaDbProperties(Path.of(args[0]), "certdesk"));
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
