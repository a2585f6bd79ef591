package org.certdesk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certdesk.adapters.http.LoopbackWebServer.respond;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class JdkHttpWebsiteFileFetcherTest {

    private static final String FILE = "/.well-known/pki-validation/fileauth.txt";

    private LoopbackWebServer web;
    private JdkHttpWebsiteFileFetcher fetcher;

    @BeforeEach
    void startServer() throws Exception {
        web = new LoopbackWebServer();
        fetcher = new JdkHttpWebsiteFileFetcher(new HttpValidationProperties(List.of(web.port()),
                Duration.ofSeconds(1), Duration.ofSeconds(1), DataSize.ofKilobytes(64)));
    }

    @AfterEach
    void stopServer() {
        web.close();
    }

    @Test
    void returnsTheFileContentWithoutSurroundingWhitespace() {
        web.on(FILE, respond(200, "20261125000000token\r\n"));

        assertThat(fetcher.fetch(web.url(FILE))).isEqualTo(new FileFetch.Content("20261125000000token"));
    }

    @Test
    void reportsA404AsNotFound() {
        web.on("/", respond(404, "nothing here"));

        assertThat(fetcher.fetch(web.url(FILE))).isEqualTo(new FileFetch.NotFound("HTTP 404"));
    }

    @Test
    void acceptsNoStatusOutside2xx() {
        web.on(FILE, respond(500, "20261125000000token"));

        assertThat(fetcher.fetch(web.url(FILE))).isEqualTo(new FileFetch.NotFound("HTTP 500"));
    }

    @Test
    void neverFollowsARedirect() {
        web.on(FILE, exchange -> {
            exchange.getResponseHeaders().set("Location", web.url("/elsewhere.txt"));
            exchange.sendResponseHeaders(301, -1);
        });
        web.on("/elsewhere.txt", respond(200, "20261125000000token"));

        FileFetch fetch = fetcher.fetch(web.url(FILE));

        assertThat(fetch).isEqualTo(new FileFetch.NotFound("HTTP 301 redirect to " + web.url("/elsewhere.txt") + " not followed"));
        assertThat(web.requests()).isEqualTo(1);
    }

    @Test
    void timesOutWhenTheServerIsSlowToAnswer() {
        web.on(FILE, exchange -> {
            sleep(Duration.ofSeconds(3));
            respond(200, "late").handle(exchange);
        });
        long started = System.nanoTime();

        assertThat(fetcher.fetch(web.url(FILE))).isEqualTo(new FileFetch.TimedOut());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void timesOutWhenTheBodyStalls() {
        web.on(FILE, exchange -> {
            exchange.sendResponseHeaders(200, 100);
            exchange.getResponseBody().write("2026".getBytes());
            exchange.getResponseBody().flush();
            sleep(Duration.ofSeconds(3));
        });

        assertThat(fetcher.fetch(web.url(FILE))).isEqualTo(new FileFetch.TimedOut());
    }

    @Test
    void refusesAFileLargerThanTheCap() {
        web.on(FILE, respond(200, "x".repeat(64 * 1024 + 1)));
        // Time enough for the body to arrive on a busy machine: the cap, not the clock, must refuse it.
        JdkHttpWebsiteFileFetcher patient = new JdkHttpWebsiteFileFetcher(new HttpValidationProperties(List.of(web.port()),
                Duration.ofSeconds(10), Duration.ofSeconds(10), DataSize.ofKilobytes(64)));

        assertThat(patient.fetch(web.url(FILE))).isEqualTo(new FileFetch.NotFound("file too large"));
    }

    @Test
    void refusesAStreamedFileThatGrowsBeyondTheCap() {
        web.on(FILE, exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length to judge by
            byte[] chunk = new byte[8 * 1024];
            for (int i = 0; i < 20; i++) {
                exchange.getResponseBody().write(chunk);
            }
        });

        assertThat(fetcher.fetch(web.url(FILE))).isEqualTo(new FileFetch.NotFound("file too large"));
    }

    @Test
    void refusesAPortThatIsNotAnAuthorizedPort() {
        web.on(FILE, respond(200, "20261125000000token"));
        JdkHttpWebsiteFileFetcher production = new JdkHttpWebsiteFileFetcher(HttpValidationProperties.defaults());

        assertThat(production.fetch(web.url(FILE)))
                .isEqualTo(new FileFetch.NotFound("port " + web.port() + " is not an Authorized Port (80 or 443)"));
        assertThat(web.requests()).isZero();
    }

    @Test
    void reportsNothingListeningAsNotFound() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        JdkHttpWebsiteFileFetcher toClosedPort = new JdkHttpWebsiteFileFetcher(new HttpValidationProperties(
                List.of(closedPort), Duration.ofSeconds(1), Duration.ofSeconds(1), DataSize.ofKilobytes(64)));

        FileFetch fetch = toClosedPort.fetch("http://127.0.0.1:" + closedPort + FILE);

        assertThat(fetch).isInstanceOf(FileFetch.NotFound.class);
        assertThat(((FileFetch.NotFound) fetch).detail()).startsWith("could not connect");
    }

    @Test
    void refusesSchemesOtherThanHttpAndHttps() {
        assertThat(fetcher.fetch("ftp://127.0.0.1" + FILE)).isEqualTo(new FileFetch.NotFound("only http and https are used, not 'ftp'"));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
