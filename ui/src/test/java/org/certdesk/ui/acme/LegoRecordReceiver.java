package org.certdesk.ui.acme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpServer;

/**
 * The endpoint of lego's httpreq DNS provider: POST /present {"fqdn": "_acme-challenge.name.",
 * "value": "..."} hands the TXT record to the test, which publishes it in the demo zone;
 * /cleanup is acknowledged. Loopback only.
 */
final class LegoRecordReceiver {

    private final HttpServer server;

    private LegoRecordReceiver(HttpServer server) {
        this.server = server;
    }

    /** @param publishTxt receives the record's name (without the trailing dot) and value */
    static LegoRecordReceiver start(BiConsumer<String, String> publishTxt) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/present", exchange -> {
                Map<String, Object> record = parse(exchange.getRequestBody().readAllBytes());
                String fqdn = (String) record.get("fqdn");
                publishTxt.accept(fqdn.endsWith(".") ? fqdn.substring(0, fqdn.length() - 1) : fqdn, (String) record.get("value"));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.createContext("/cleanup", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return new LegoRecordReceiver(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What lego's HTTPREQ_ENDPOINT is set to. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

    /** A loopback port free at the time of asking. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> parse(byte[] body) throws IOException {
        try {
            return JSONObjectUtils.parse(new String(body, StandardCharsets.UTF_8));
        } catch (java.text.ParseException e) {
            throw new IOException(e);
        }
    }
}
