package org.certdesk.ui.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real RFC 3912 Whois server on a loopback port for the browser tests: one query line in, the
 * registry's answer out, close. The answers are the registrants the test sets, so a journey can
 * change a domain's registrant between two steps. Runs for the whole test JVM (daemon thread).
 */
final class LoopbackWhois {

    private final ServerSocket socket;
    private final Map<String, String> registrants = new ConcurrentHashMap<>();

    private LoopbackWhois(ServerSocket socket) {
        this.socket = socket;
    }

    static LoopbackWhois start() {
        try {
            LoopbackWhois server = new LoopbackWhois(new ServerSocket(0, 10, InetAddress.getLoopbackAddress()));
            Thread.ofPlatform().daemon().name("loopback-whois").start(server::serve);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("The loopback Whois server did not start", e);
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    /** From now on the registry answers this registrant organization for the registered domain. */
    void registrant(String registeredDomain, String organization) {
        registrants.put(registeredDomain, organization);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                String query = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8)).readLine();
                OutputStream out = client.getOutputStream();
                out.write(answer(query == null ? "" : query.strip()).getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                // One client's broken connection; keep serving the next.
            }
        }
    }

    private String answer(String domain) {
        String organization = registrants.get(domain);
        return organization == null ? "No match for \"" + domain + "\".\r\n"
                : "Domain Name: " + domain.toUpperCase(Locale.ROOT) + "\r\nRegistrant Organization: " + organization + "\r\n";
    }
}
