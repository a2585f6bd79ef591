package org.certdesk.adapters.ca;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real Debian nginx serving TLS on a free loopback port with a certificate the CA issued, run by
 * the test and stopped after it: {@code daemon off}, the whole config, pid, logs and temp paths in
 * the test's directory ({@code nginx -p <dir> -c <dir>/nginx.conf}), nothing under /etc or /var.
 */
public final class Nginx implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public int port() {
        return port;
    }

    /** Starts nginx with {@code fullChainPem} (leaf then intermediate) and its PEM private key; answers "ok" on /. */
    public static Nginx serving(Path directory, String fullChainPem, String privateKeyPem) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(BINARY), "nginx is not installed at " + BINARY
                + ": this test needs a real TLS server; install it with 'apt-get install -y nginx-light'");
        Files.writeString(directory.resolve("fullchain.pem"), fullChainPem);
        Files.writeString(directory.resolve("privkey.pem"), privateKeyPem);
        for (int attempt = 1; ; attempt++) {
            int port = freeLoopbackPort();
            Path config = Files.writeString(directory.resolve("nginx.conf"), config(directory, port));
            Path log = directory.resolve("nginx.out");
            Process process = new ProcessBuilder(BINARY.toString(), "-p", directory.toString(), "-c", config.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Nginx nginx = new Nginx(process, port);
            if (nginx.listens()) {
                return nginx;
            }
            String output = Files.readString(log) + readIfExists(directory.resolve("error.log"));
            nginx.close();
            if (attempt == 3) {
                fail("nginx did not start on 127.0.0.1:" + port + ": " + output);
            }
        }
    }

    private static String config(Path directory, int port) {
        // "user" matters only when the master runs as root: keep the workers able to read the temp dir.
        return """
                daemon off;
                master_process on;
                worker_processes 1;
                user %2$s;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log info;
                events { worker_connections 16; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    server {
                        listen 127.0.0.1:%3$d ssl;
                        ssl_certificate %1$s/fullchain.pem;
                        ssl_certificate_key %1$s/privkey.pem;
                        ssl_protocols TLSv1.2 TLSv1.3;
                        location / { return 200 "ok\\n"; }
                    }
                }
                """.formatted(directory, System.getProperty("user.name"), port);
    }

    /** Polls until nginx accepts connections (it starts in milliseconds) or exits. */
    private boolean listens() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return true;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        return false;
    }

    @Override
    public void close() {
        process.destroy(); // SIGTERM: nginx's fast shutdown, the workers with it
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String readIfExists(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
