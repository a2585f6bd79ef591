package org.certdesk.ui.browser;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.certdesk.adapters.dns.DnsjavaDnsLookup;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;

/**
 * Debian's dnsmasq on a fixed loopback port, authoritative-style for the given zones (--local,
 * no upstream), started and stopped by a browser test. dnsmasq reads its records only at start,
 * so publishing a record means starting it again on the same port: the console's resolver
 * setting keeps pointing at it. `.ci/run` installs dnsmasq-base.
 */
public final class LoopbackDnsmasq implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/dnsmasq");

    private final Process process;
    private final Path log;

    private LoopbackDnsmasq(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Serves the zones (no records but the TXT ones given as name, value pairs) on 127.0.0.1:port. */
    public static LoopbackDnsmasq start(int port, List<String> zones, String... txtNameValuePairs) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("dnsmasq is not installed at " + BINARY + "; install it with 'apt-get install -y dnsmasq-base'");
        }
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--no-daemon", "--conf-file=/dev/null", "--no-resolv",
                "--no-hosts", "--pid-file=", "--port=" + port, "--listen-address=127.0.0.1", "--bind-interfaces"));
        zones.forEach(zone -> command.add("--local=/" + zone + "/"));
        for (int i = 0; i < txtNameValuePairs.length; i += 2) {
            command.add("--txt-record=" + txtNameValuePairs[i] + "," + txtNameValuePairs[i + 1]);
        }
        Path log = Files.createTempFile("dnsmasq", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LoopbackDnsmasq server = new LoopbackDnsmasq(process, log);
        if (!server.answers(port, zones.getFirst())) {
            String output = Files.readString(log);
            server.close();
            throw new IllegalStateException("dnsmasq did not start on 127.0.0.1:" + port + ": " + output);
        }
        return server;
    }

    /** A port free for both UDP and TCP on loopback, for the console's resolver setting. */
    public static int freePort() {
        try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), tcp.getLocalPort()))) {
            return udp.getLocalPort();
        } catch (BindException taken) {
            return freePort();
        } catch (IOException e) {
            throw new IllegalStateException("No free loopback port", e);
        }
    }

    /** Polls with a real query until dnsmasq answers (it starts in milliseconds) or exits. */
    private boolean answers(int port, String zone) throws InterruptedException {
        DnsjavaDnsLookup probe = new DnsjavaDnsLookup(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), Duration.ofMillis(200));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (!(probe.txt("certdesk-probe." + zone) instanceof DnsAnswer.TimedOut)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(log);
    }
}
