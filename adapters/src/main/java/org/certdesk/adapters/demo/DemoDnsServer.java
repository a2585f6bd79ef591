package org.certdesk.adapters.demo;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.ExtendedFlags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Section;

/**
 * The demo zone's authoritative DNS server on 127.0.0.1, UDP and TCP on the same free port, so a
 * newcomer can finish a DV journey without DNS of their own. Loopback only: nothing outside this
 * machine can ask it, and the CA asks nothing else while it runs.
 */
public final class DemoDnsServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoDnsServer.class);
    private static final int CLASSIC_UDP_SIZE = 512;
    private static final int MAX_UDP_SIZE = 4096;

    private final DemoZoneAnswers answers;
    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private volatile boolean running = true;

    private DemoDnsServer(DemoZoneAnswers answers, DatagramSocket udp, ServerSocket tcp) {
        this.answers = answers;
        this.udp = udp;
        this.tcp = tcp;
    }

    /** Starts on a free loopback port (the same number for UDP and TCP). */
    public static DemoDnsServer start(DemoZone zone) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        // Bind TCP first on port 0, then UDP on the same number; retry if UDP's port is taken.
        for (int attempt = 0; ; attempt++) {
            ServerSocket tcp = new ServerSocket(0, 50, loopback);
            try {
                DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, tcp.getLocalPort()));
                DemoDnsServer server = new DemoDnsServer(new DemoZoneAnswers(zone), udp, tcp);
                server.serve();
                log.info("Demo DNS for {} listening on {}", zone.zone(), server.address());
                return server;
            } catch (IOException e) {
                tcp.close();
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    /** The demo zone's DNSKEY (presentation format), made at start: the trust anchor to validate its answers to. */
    public String trustAnchor() {
        return answers.trustAnchor();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(tcp.getInetAddress(), tcp.getLocalPort());
    }

    private void serve() {
        Thread.ofPlatform().daemon().name("demo-dns-udp").start(this::serveUdp);
        Thread.ofPlatform().daemon().name("demo-dns-tcp").start(this::serveTcp);
    }

    private void serveUdp() {
        byte[] buffer = new byte[MAX_UDP_SIZE];
        while (running) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                udp.receive(packet);
                Message query = new Message(Arrays.copyOf(packet.getData(), packet.getLength()));
                Message response = answers.answer(query);
                byte[] wire = response.toWire(udpLimit(query, response));
                udp.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
            } catch (IOException e) {
                if (running) {
                    log.debug("Demo DNS dropped a UDP query: {}", e.toString());
                }
            }
        }
    }

    /** RFC 6891: answer within the requester's EDNS size (and echo EDNS), else 512 octets; beyond, TC is set. */
    private static int udpLimit(Message query, Message response) {
        OPTRecord opt = query.getOPT();
        if (opt == null) {
            return CLASSIC_UDP_SIZE;
        }
        int size = Math.min(MAX_UDP_SIZE, Math.max(CLASSIC_UDP_SIZE, opt.getPayloadSize()));
        response.addRecord(new OPTRecord(MAX_UDP_SIZE, 0, 0, opt.getFlags() & ExtendedFlags.DO), Section.ADDITIONAL);
        return size;
    }

    private void serveTcp() {
        while (running) {
            try {
                Socket connection = tcp.accept();
                Thread.ofVirtual().name("demo-dns-tcp-connection").start(() -> serveConnection(connection));
            } catch (IOException e) {
                if (running) {
                    log.debug("Demo DNS TCP accept failed: {}", e.toString());
                }
            }
        }
    }

    /** RFC 1035 4.2.2 / RFC 7766: two-octet length, then the message; several queries per connection. */
    private void serveConnection(Socket connection) {
        try (connection) {
            connection.setSoTimeout(10_000);
            DataInputStream in = new DataInputStream(connection.getInputStream());
            DataOutputStream out = new DataOutputStream(connection.getOutputStream());
            while (running) {
                byte[] query = new byte[in.readUnsignedShort()];
                in.readFully(query);
                byte[] wire = answers.answer(new Message(query)).toWire();
                out.writeShort(wire.length);
                out.write(wire);
                out.flush();
            }
        } catch (SocketTimeoutException | EOFException e) {
            // idle or closed by the client: the normal end of a connection
        } catch (IOException e) {
            log.debug("Demo DNS TCP connection ended: {}", e.toString());
        }
    }

    @Override
    public void close() {
        running = false;
        udp.close();
        try {
            tcp.close();
        } catch (IOException e) {
            log.debug("Closing the demo DNS TCP socket: {}", e.toString());
        }
    }
}
