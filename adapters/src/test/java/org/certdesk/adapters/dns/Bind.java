package org.certdesk.adapters.dns;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * A real Debian BIND ({@code named}) on a free loopback port, authoritative for the zones the
 * test gives, some of them signed by the test with BIND's own {@code dnssec-keygen} and
 * {@code dnssec-signzone} (NSEC, one ECDSA P-256 key per zone), and optionally tampered with
 * after signing. Started in the foreground ({@code -g}) and stopped after the test.
 */
public final class Bind implements AutoCloseable {

    private static final Path NAMED = Path.of("/usr/sbin/named");
    private static final Path KEYGEN = Path.of("/usr/bin/dnssec-keygen");
    private static final Path SIGNZONE = Path.of("/usr/bin/dnssec-signzone");

    private final Process process;
    private final InetSocketAddress address;
    private final Path directory;
    private final Map<String, String> dsRecords;
    private final Map<String, String> dnskeyRecords;

    private Bind(Process process, InetSocketAddress address, Path directory, Map<String, String> dsRecords,
                 Map<String, String> dnskeyRecords) {
        this.process = process;
        this.address = address;
        this.directory = directory;
        this.dsRecords = dsRecords;
        this.dnskeyRecords = dnskeyRecords;
    }

    public static Builder builder() {
        return new Builder();
    }

    public InetSocketAddress address() {
        return address;
    }

    /** The DS record of a signed zone, in presentation format: a trust anchor for it. */
    public String ds(String zone) {
        return dsRecords.get(zone);
    }

    /** The key-signing DNSKEY record of a signed zone, in presentation format: a trust anchor for it. */
    public String dnskey(String zone) {
        return dnskeyRecords.get(zone);
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    public static final class Builder {
        private final List<Zone> zones = new ArrayList<>();
        private final List<String> brokenZones = new ArrayList<>();

        private Builder() {
        }

        /** An unsigned zone with these records (one a line, names absolute, TTL from $TTL). */
        public Builder zone(String name, String... records) {
            zones.add(new Zone(name, List.of(records), false, Map.of()));
            return this;
        }

        public Builder signedZone(String name, String... records) {
            zones.add(new Zone(name, List.of(records), true, Map.of()));
            return this;
        }

        /** A signed zone in which, after signing, each key's text is replaced by its value: the signatures no longer match. */
        public Builder signedZoneTamperedAfterSigning(String name, Map<String, String> replacements, String... records) {
            zones.add(new Zone(name, List.of(records), true, replacements));
            return this;
        }

        /** A zone BIND is told to serve from a file that does not exist: it answers SERVFAIL there. */
        public Builder brokenZone(String name) {
            brokenZones.add(name);
            return this;
        }

        public Bind start() throws IOException, InterruptedException {
            for (Path tool : List.of(NAMED, KEYGEN, SIGNZONE)) {
                assertTrue(Files.isExecutable(tool), tool + " is not installed: these tests need a real DNS server "
                        + "and BIND's signing tools; install them with 'apt-get install -y bind9 bind9-utils'");
            }
            Path directory = Files.createTempDirectory("bind");
            Map<String, String> ds = new LinkedHashMap<>();
            Map<String, String> dnskey = new LinkedHashMap<>();
            StringBuilder zoneStatements = new StringBuilder();
            for (Zone zone : zones) {
                Path file = directory.resolve(zone.name() + ".zone");
                Files.writeString(file, zone.text());
                if (zone.signed()) {
                    run(directory, KEYGEN.toString(), "-q", "-a", "ECDSAP256SHA256", "-f", "KSK", "-K", ".", zone.name());
                    Path signed = directory.resolve(zone.name() + ".zone.signed");
                    run(directory, SIGNZONE.toString(), "-S", "-z", "-K", ".", "-o", zone.name(), "-f", signed.getFileName().toString(),
                            file.getFileName().toString());
                    String signedText = Files.readString(signed);
                    for (Map.Entry<String, String> replacement : zone.tamper().entrySet()) {
                        assertTrue(signedText.contains(replacement.getKey()), "nothing to tamper with: " + replacement.getKey());
                        signedText = signedText.replace(replacement.getKey(), replacement.getValue());
                    }
                    Files.writeString(signed, signedText);
                    file = signed;
                    ds.put(zone.name(), Files.readString(directory.resolve("dsset-" + zone.name() + ".")).strip().replaceAll("\\s+", " "));
                    try (Stream<Path> keys = Files.list(directory)) {
                        Path key = keys.filter(k -> k.getFileName().toString().startsWith("K" + zone.name() + ".+")
                                && k.getFileName().toString().endsWith(".key")).findFirst().orElseThrow();
                        dnskey.put(zone.name(), Files.readAllLines(key).stream().filter(l -> !l.startsWith(";"))
                                .findFirst().orElseThrow().strip());
                    }
                }
                zoneStatements.append("zone \"").append(zone.name()).append("\" { type primary; file \"")
                        .append(file.getFileName()).append("\"; };\n");
            }
            for (String broken : brokenZones) {
                zoneStatements.append("zone \"").append(broken).append("\" { type primary; file \"").append(broken)
                        .append(".missing\"; };\n");
            }
            for (int attempt = 1; ; attempt++) {
                int port = Dnsmasq.freeLoopbackPort();
                Path conf = directory.resolve("named.conf");
                Files.writeString(conf, """
                        options {
                            directory "%s";
                            listen-on port %d { 127.0.0.1; };
                            listen-on-v6 { none; };
                            pid-file none;
                            session-keyfile "%s/session.key";
                            managed-keys-directory "%s";
                            recursion no;
                            dnssec-validation no;
                            notify no;
                            allow-transfer { none; };
                        };
                        controls { };
                        %s""".formatted(directory, port, directory, directory, zoneStatements));
                Path log = directory.resolve("named.log");
                Process process = new ProcessBuilder(NAMED.toString(), "-g", "-4", "-n", "1", "-c", conf.toString())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                Bind server = new Bind(process, new InetSocketAddress(InetAddress.getLoopbackAddress(), port), directory, ds, dnskey);
                if (server.answers(zones.get(0).name())) {
                    return server;
                }
                String output = Files.readString(log);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                if (attempt == 3) {
                    server.close();
                    fail("named did not start on 127.0.0.1:" + port + ": " + output);
                }
            }
        }

        private static void run(Path directory, String... command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                fail(String.join(" ", command) + " failed: " + output);
            }
        }
    }

    private record Zone(String name, List<String> records, boolean signed, Map<String, String> tamper) {
        String text() {
            return "$TTL 300\n"
                    + name + ". IN SOA ns." + name + ". hostmaster." + name + ". 1 3600 600 86400 300\n"
                    + name + ". IN NS ns." + name + ".\n"
                    + "ns." + name + ". IN A 127.0.0.1\n"
                    + String.join("\n", records) + "\n";
        }
    }

    /** Polls with a real SOA query until named answers for the zone with authority (it loads in a second or so) or exits. */
    private boolean answers(String zone) throws InterruptedException, IOException {
        SimpleResolver probe = new SimpleResolver(address);
        probe.setTimeout(Duration.ofMillis(200));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                Message response = probe.send(Message.newQuery(Record.newRecord(Name.fromString(zone + "."), Type.SOA, DClass.IN)));
                if (response.getRcode() == Rcode.NOERROR) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        return false;
    }
}
