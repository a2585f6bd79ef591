package org.certdesk.adapters.dns;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;

/**
 * A real Debian dnsmasq on a free loopback port, started by the test and stopped after it. Not
 * a service: {@code --no-daemon}, no config file, no upstream, authoritative-style answers for
 * the given zones only ({@code --local}, without which dnsmasq answers REFUSED).
 */
public final class Dnsmasq implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/dnsmasq");

    private final Process process;
    private final InetSocketAddress address;
    private final Path log;

    private Dnsmasq(Process process, InetSocketAddress address, Path log) {
        this.process = process;
        this.address = address;
        this.log = log;
    }

    public static Builder serving(String... zones) {
        return new Builder(List.of(zones));
    }

    public InetSocketAddress address() {
        return address;
    }

    /** RDATA of a CAA record (RFC 8659 4.1: flags, tag length, tag, value) as --dns-rr wants it. */
    public static String caaHex(int flags, String tag, String value) {
        byte[] tagBytes = tag.getBytes(StandardCharsets.US_ASCII);
        byte[] valueBytes = value.getBytes(StandardCharsets.US_ASCII);
        byte[] rdata = new byte[2 + tagBytes.length + valueBytes.length];
        rdata[0] = (byte) flags;
        rdata[1] = (byte) tagBytes.length;
        System.arraycopy(tagBytes, 0, rdata, 2, tagBytes.length);
        System.arraycopy(valueBytes, 0, rdata, 2 + tagBytes.length, valueBytes.length);
        return HexFormat.of().formatHex(rdata);
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
        Files.deleteIfExists(log);
    }

    public static final class Builder {
        private final List<String> zones;
        private final List<String> records = new ArrayList<>();

        private Builder(List<String> zones) {
            this.zones = zones;
        }

        /** One TXT record; several strings become several character-strings of that one record. */
        public Builder txt(String name, String... strings) {
            records.add("--txt-record=" + name + "," + String.join(",", strings));
            return this;
        }

        /** An A record (and its PTR) for one exact name. */
        public Builder a(String name, String address) {
            records.add("--host-record=" + name + "," + address);
            return this;
        }

        public Builder caa(String name, int flags, String tag, String value) {
            records.add("--dns-rr=" + name + ",257," + caaHex(flags, tag, value));
            return this;
        }

        public Dnsmasq start() throws IOException, InterruptedException {
            assertTrue(Files.isExecutable(BINARY), "dnsmasq is not installed at " + BINARY
                    + ": these tests need a real DNS server; install it with 'apt-get install -y dnsmasq-base'");
            for (int attempt = 1; ; attempt++) {
                int port = freeLoopbackPort();
                List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--no-daemon", "--conf-file=/dev/null",
                        "--no-resolv", "--no-hosts", "--pid-file=", "--port=" + port, "--listen-address=127.0.0.1",
                        "--bind-interfaces"));
                zones.forEach(z -> command.add("--local=/" + z + "/"));
                command.addAll(records);
                Path log = Files.createTempFile("dnsmasq", ".log");
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                Dnsmasq server = new Dnsmasq(process, new InetSocketAddress(InetAddress.getLoopbackAddress(), port), log);
                if (server.answers(zones.get(0))) {
                    return server;
                }
                String output = Files.readString(log);
                server.close();
                if (attempt == 3) {
                    fail("dnsmasq did not start on 127.0.0.1:" + port + ": " + output);
                }
            }
        }
    }

    /** Polls with a real query in a served zone until dnsmasq answers (it starts in milliseconds) or exits. */
    private boolean answers(String zone) throws InterruptedException {
        DnsjavaDnsLookup probe = new DnsjavaDnsLookup(address, Duration.ofMillis(200));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (!(probe.txt("certdesk-probe." + zone) instanceof DnsAnswer.TimedOut)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** A port free on loopback for both TCP and UDP, as a DNS server needs. */
    static int freeLoopbackPort() throws IOException {
        try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), tcp.getLocalPort()))) {
            return udp.getLocalPort();
        } catch (BindException e) {
            return freeLoopbackPort();
        }
    }
}
