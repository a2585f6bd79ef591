package org.certdesk.crashbench;

import java.sql.Connection;
import java.sql.SQLException;

/** The database a harness owns: one MariaDB server, or a Galera cluster reached through its first live node. */
interface HarnessDatabase {

    /** What the console nodes are given as {@code spring.datasource.url}. */
    String jdbcUrl();

    Connection connect() throws SQLException;
}
