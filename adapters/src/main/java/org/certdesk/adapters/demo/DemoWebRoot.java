package org.certdesk.adapters.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * The demo zone's web server on a free loopback port: serves each host's validation file, chosen
 * by the request's host (absolute request target or Host header), and 404 for anything else.
 * The CA's file fetcher reaches it as an HTTP proxy for demo-zone hosts.
 */
public final class DemoWebRoot implements DemoWebFiles, AutoCloseable {

    private final DemoZone zone;
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final HttpServer server;

    private DemoWebRoot(DemoZone zone, HttpServer server) {
        this.zone = zone;
        this.server = server;
    }

    public static DemoWebRoot start(DemoZone zone) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        DemoWebRoot root = new DemoWebRoot(zone, server);
        server.createContext("/", root::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return root;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void put(String host, String content) {
        String name = normalized(host);
        if (!zone.contains(name)) {
            throw new IllegalArgumentException("'" + host + "' is not a host in the demo zone " + zone.zone() + ".");
        }
        files.put(name, content);
    }

    @Override
    public boolean remove(String host) {
        return files.remove(normalized(host)) != null;
    }

    @Override
    public Map<String, String> list() {
        return Map.copyOf(files);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI target = exchange.getRequestURI();
            String host = target.getHost() != null ? target.getHost() : exchange.getRequestHeaders().getFirst("Host");
            String content = host == null || !PATH.equals(target.getPath()) ? null : files.get(normalized(withoutPort(host)));
            boolean readable = exchange.getRequestMethod().equals("GET") || exchange.getRequestMethod().equals("HEAD");
            if (content == null || !readable) {
                exchange.sendResponseHeaders(readable ? 404 : 405, -1);
                return;
            }
            byte[] body = content.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    private static String withoutPort(String host) {
        int colon = host.lastIndexOf(':');
        return colon > 0 && !host.endsWith("]") ? host.substring(0, colon) : host;
    }

    private static String normalized(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
