package org.certdesk.crashbench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A three-node MariaDB Galera cluster on loopback (Debian's mariadb-server and galera-4): three
 * mariadbd processes with their own data directories and ports for clients, group communication
 * and incremental state transfer. The consoles reach it as production does, through Connector/J's
 * sequential mode: every write goes to the first live node (docs/deployment.md).
 * <p>
 * Joiners get their data by rsync (SST), a node killed later rejoins by incremental transfer. The
 * nodes run as the {@code mysql} account when the harness runs as root: rsync's daemon, started
 * by root, would drop to "nobody" and could not write a root-owned data directory.
 */
final class GaleraCluster implements HarnessDatabase {

    private static final String PROVIDER = "/usr/lib/galera/libgalera_smm.so";

    private final List<OwnMariaDbServer> nodes = new ArrayList<>();

    GaleraCluster(Path directory, int size) throws IOException {
        List<Integer> groupPorts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            groupPorts.add(OwnMariaDbServer.freePort());
        }
        String clusterAddress = "gcomm://" + groupPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        for (int i = 0; i < size; i++) {
            int group = groupPorts.get(i);
            nodes.add(new OwnMariaDbServer(directory.resolve("db" + (i + 1)), OwnMariaDbServer.freePort(), List.of(
                    "--wsrep-on=ON", "--wsrep-provider=" + PROVIDER, "--wsrep-cluster-name=certdesk-harness",
                    "--wsrep-cluster-address=" + clusterAddress, "--wsrep-node-name=db" + (i + 1),
                    "--wsrep-node-address=127.0.0.1:" + group,
                    "--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:" + group + ";ist.recv_addr=127.0.0.1:"
                            + OwnMariaDbServer.freePort() + ";gcache.size=128M",
                    "--wsrep-sst-method=rsync", "--wsrep-sst-receive-address=127.0.0.1:" + OwnMariaDbServer.freePort(),
                    "--binlog-format=ROW", "--innodb-autoinc-lock-mode=2", "--default-storage-engine=InnoDB"), serverAccount()));
        }
    }

    /** Installs every node, bootstraps the first and lets the others join it (a full state transfer each, by rsync). */
    void start() throws IOException, InterruptedException, SQLException {
        for (OwnMariaDbServer node : nodes) {
            node.install();
        }
        nodes.getFirst().start(List.of("--wsrep-new-cluster"));
        for (OwnMariaDbServer joiner : nodes.subList(1, nodes.size())) {
            joiner.start();
        }
        awaitSynced(nodes.size(), Duration.ofMinutes(3));
    }

    private static String serverAccount() {
        String user = System.getProperty("user.name");
        return user.equals("root") ? "mysql" : user;
    }

    OwnMariaDbServer node(int number) {
        return nodes.get(number - 1);
    }

    /** Waits until a live node reports the cluster at this size and itself Synced. */
    void awaitSynced(int size, Duration timeout) throws InterruptedException, SQLException {
        Instant deadline = Instant.now().plus(timeout);
        String last = "no node answered";
        while (Instant.now().isBefore(deadline)) {
            for (OwnMariaDbServer node : nodes) {
                if (!node.isAlive()) {
                    continue;
                }
                try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + node.port() + "/", "root", "");
                     ResultSet rs = c.createStatement().executeQuery("SELECT VARIABLE_NAME, VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                             + " WHERE VARIABLE_NAME IN ('WSREP_CLUSTER_SIZE', 'WSREP_LOCAL_STATE_COMMENT')")) {
                    String clusterSize = null;
                    String state = null;
                    while (rs.next()) {
                        if (rs.getString(1).equalsIgnoreCase("WSREP_CLUSTER_SIZE")) {
                            clusterSize = rs.getString(2);
                        } else {
                            state = rs.getString(2);
                        }
                    }
                    last = "cluster size " + clusterSize + ", " + state;
                    if (String.valueOf(size).equals(clusterSize) && "Synced".equals(state)) {
                        return;
                    }
                } catch (SQLException notYet) {
                    last = notYet.getMessage();
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The Galera cluster did not reach " + size + " synced nodes: " + last);
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:mariadb:sequential://" + nodes.stream().map(n -> "127.0.0.1:" + n.port()).collect(Collectors.joining(","))
                + "/" + OwnMariaDbServer.DATABASE + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&preserveInstants=true";
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "root", "");
    }

    void stop() throws InterruptedException {
        for (OwnMariaDbServer node : nodes.reversed()) {
            node.stop();
        }
    }
}
