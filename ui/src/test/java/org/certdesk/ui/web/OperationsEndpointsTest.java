package org.certdesk.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.certdesk.application.port.OncePerCluster;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 17: what a load balancer and a Prometheus server ask of a console node, and who may ask. */
@SpringBootTest(classes = CertDeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsEndpointsTest {

    @LocalServerPort
    int port;
    @Autowired
    OncePerCluster oncePerCluster;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLoadBalancerReadsHealthLivenessAndReadinessWithoutSigningInAndLearnsNothingMore() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = get(path);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components", "details", "mariadb");
        }
    }

    @Test
    void prometheusOnLoopbackShowsTheJobRunsOfThisNodeAndTheReviewQueue() throws Exception {
        String job = "probe-" + UUID.randomUUID();
        oncePerCluster.run(job, Duration.ofMinutes(1), () -> { });

        HttpResponse<String> metrics = get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("certdesk_jobs_total{job=\"" + job + "\",outcome=\"ran\"} 1.0", "jvm_memory_used_bytes",
                "certdesk_review_queue{type=\"OV\"}", "certdesk_review_queue{type=\"EV\"}");
    }

    @Test
    void prometheusRefusesAnAddressThatIsNotAScraper() throws Exception {
        String answer = getFrom(InetAddress.getByName("127.0.0.2"), "/actuator/prometheus");

        assertThat(answer).doesNotStartWith("HTTP/1.1 200").doesNotContain("jvm_memory_used_bytes");
    }

    @Test
    void noOtherActuatorEndpointIsExposed() throws Exception {
        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator"}) {
            assertThat(get(path).statusCode()).as(path).isNotEqualTo(200);
        }
    }

    /** A plain HTTP/1.1 GET from a chosen loopback source address (Java's HttpClient cannot bind one). */
    private String getFrom(InetAddress source, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
