package org.certdesk.crashbench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * HAProxy (Debian) in front of the console nodes on loopback, configured as docs/deployment.md
 * says: a cookie keeps a browser on its node, the readiness endpoint decides who gets traffic.
 */
final class LoadBalancer {

    private final Path directory;
    private final int port;
    private Process process;

    LoadBalancer(Path directory) throws IOException {
        this.directory = directory;
        this.port = OwnMariaDbServer.freePort();
    }

    void start(List<ConsoleProcess> consoles) throws IOException {
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 512
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 120s
                    timeout server 120s
                    timeout tunnel 1h
                frontend certdesk
                    bind 127.0.0.1:%d
                    option forwardfor
                    default_backend consoles
                backend consoles
                    balance roundrobin
                    cookie CERTDESK_NODE insert indirect nocache httponly
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                """.formatted(port));
        char name = 'a';
        for (ConsoleProcess console : consoles) {
            config.append("    server ").append(name).append(" 127.0.0.1:").append(console.port()).append(" check cookie ").append(name).append('\n');
            name++;
        }
        Path file = directory.resolve("haproxy.cfg");
        Files.createDirectories(directory);
        Files.writeString(file, config);
        process = new ProcessBuilder("haproxy", "-db", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("haproxy.log").toFile())).start();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Until the balancer answers the login page through some ready node. */
    void awaitServing(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url() + "/login")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // haproxy still starting, or no node ready yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("HAProxy served no ready console within " + timeout + "; see " + directory.resolve("haproxy.log"));
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
