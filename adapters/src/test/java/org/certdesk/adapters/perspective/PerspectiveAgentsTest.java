package org.certdesk.adapters.perspective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.certdesk.adapters.acme.ApacheHttp01Fetcher;
import org.certdesk.adapters.acme.JdkTlsAlpnProbe;
import org.certdesk.adapters.dns.Dnsmasq;
import org.certdesk.adapters.dns.DnsjavaDnsLookup;
import org.certdesk.adapters.http.HttpValidationProperties;
import org.certdesk.adapters.http.JdkHttpWebsiteFileFetcher;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.certdesk.domain.verification.PerspectiveSite;
import org.certdesk.domain.verification.RemotePerspective;
import org.certdesk.domain.verification.RemotePerspective.Health;
import org.certdesk.domain.verification.RirRegion;
import org.certdesk.domain.verification.TlsAlpnProbe.Presented;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Five real perspective agents, each asking its own real dnsmasq, reached through the CA's
 * mutual-TLS client; one of them is "hijacked" (its DNS server answers differently). Plus agents
 * that are down, slow or answer nonsense, and clients the agents must refuse.
 */
class PerspectiveAgentsTest {

    private static final String ZONE = "mpic.test";
    private static final String TXT_NAME = "_dnsauth.www." + ZONE;
    private static final int HIJACKED = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(2); // a first fetch loads the JDK HTTP client: ~0.5 s here

    private static final List<Dnsmasq> dnsServers = new ArrayList<>();
    private static final List<PerspectiveAgent> agents = new ArrayList<>();
    private static final List<HttpsRemotePerspective> perspectives = new ArrayList<>();
    private static ChannelCa ca;
    private static SSLContext clientTls;
    private static HttpServer website;

    @BeforeAll
    static void startFiveAgentsEachWithItsOwnDnsServer() throws Exception {
        website = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        website.createContext("/.well-known/pki-validation/fileauth.txt", exchange -> {
            byte[] body = "file-token-42".getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        website.start();
        HttpValidationProperties http = new HttpValidationProperties(List.of(website.getAddress().getPort()), Duration.ofSeconds(2),
                Duration.ofSeconds(2), DataSize.ofKilobytes(64));

        ca = ChannelCa.generate("test channel CA");
        clientTls = ChannelTls.context(ca.issueClient("CertDesk CA"), List.of(ca.certificate()));
        for (int i = 0; i < 5; i++) {
            boolean hijacked = i == HIJACKED;
            Dnsmasq dns = Dnsmasq.serving(ZONE)
                    .txt(TXT_NAME, hijacked ? "evil-token" : "good-token")
                    .caa(ZONE, 0, "issue", hijacked ? "evil.test" : "certdesk.test")
                    .start();
            dnsServers.add(dns);
            PerspectiveAgent agent = PerspectiveAgent.start("agent-" + i, loopback(), serverTls(ca),
                    new DnsjavaDnsLookup(dns.address(), Duration.ofMillis(500)), new JdkHttpWebsiteFileFetcher(http));
            agents.add(agent);
            perspectives.add(perspective("agent-" + i, agent.address().getPort(), clientTls));
        }
    }

    @AfterAll
    static void stop() throws IOException {
        agents.forEach(PerspectiveAgent::close);
        for (Dnsmasq dns : dnsServers) {
            dns.close();
        }
        website.stop(0);
    }

    @Test
    void eachPerspectiveAnswersWhatItsOwnDnsServerSays() {
        List<DnsAnswer> answers = perspectives.stream().map(p -> p.dns().txt(TXT_NAME)).toList();

        IntStream.range(0, 5).filter(i -> i != HIJACKED).forEach(i ->
                assertThat(answers.get(i)).isEqualTo(new DnsAnswer.Records(List.of("good-token"))));
        assertThat(answers.get(HIJACKED)).isEqualTo(new DnsAnswer.Records(List.of("evil-token")));
    }

    @Test
    void caaAndAbsentNamesComeBackAsTheAgentSawThem() {
        assertThat(perspectives.get(0).dns().caa(ZONE)).isEqualTo(new DnsAnswer.Records(List.of("0 issue \"certdesk.test\"")));
        assertThat(perspectives.get(HIJACKED).dns().caa(ZONE)).isEqualTo(new DnsAnswer.Records(List.of("0 issue \"evil.test\"")));
        assertThat(perspectives.get(1).dns().txt("nothing-here." + ZONE)).isInstanceOf(DnsAnswer.NoRecords.class);
    }

    @Test
    void aFileIsFetchedByTheAgentFromARealWebServer() {
        String base = "http://127.0.0.1:" + website.getAddress().getPort();

        assertThat(perspectives.get(2).files().fetch(base + "/.well-known/pki-validation/fileauth.txt"))
                .isEqualTo(new FileFetch.Content("file-token-42"));
        assertThat(perspectives.get(2).files().fetch(base + "/.well-known/pki-validation/other.txt"))
                .isInstanceOf(FileFetch.NotFound.class);
    }

    /**
     * ACME http-01 (BR 3.2.2.9 corroboration of RFC 8555 8.3): the agent resolves the host with its
     * own DNS server, as the primary's http-01 fetch does, and fetches on the CA's http-01 port only.
     */
    @Test
    void anHttp01FetchResolvesTheHostWithTheAgentsOwnDnsServer() throws Exception {
        HttpServer responder = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        responder.createContext("/.well-known/acme-challenge/tok", exchange -> {
            byte[] body = "tok.thumbprint".getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        responder.start();
        int port = responder.getAddress().getPort();
        String path = "/.well-known/acme-challenge/tok";
        try (Dnsmasq dns = Dnsmasq.serving(ZONE).a("acme." + ZONE, "127.0.0.1").start()) {
            DnsjavaDnsLookup resolver = new DnsjavaDnsLookup(dns.address(), Duration.ofMillis(500));
            try (PerspectiveAgent agent = PerspectiveAgent.start("http-01 agent", loopback(), serverTls(ca), resolver,
                    new JdkHttpWebsiteFileFetcher(HttpValidationProperties.defaults()),
                    new ApacheHttp01Fetcher(resolver, Duration.ofSeconds(2)), port)) {
                RemotePerspective perspective = perspective("http-01 agent", agent.address().getPort(), clientTls);

                assertThat(perspective.http01("acme." + ZONE, port, path)).isEqualTo(new FileFetch.Content("tok.thumbprint"));
                assertThat(perspective.http01("acme." + ZONE, port + 1, path))
                        .isEqualTo(new FileFetch.NotFound("port " + (port + 1) + " is not the http-01 port"));
                assertThat(perspective.http01("elsewhere." + ZONE, port, path)).isInstanceOf(FileFetch.NotFound.class);
                // an agent started without an http-01 client says so rather than fetching some other way
                assertThat(perspectives.get(0).http01("acme." + ZONE, port, path))
                        .isEqualTo(new FileFetch.NotFound("agent agent-0 has no http-01 fetch"));
            }
        } finally {
            responder.stop(0);
        }
    }

    /**
     * ACME tls-alpn-01 (BR 3.2.2.9 corroboration of RFC 8737, BR 3.2.2.4.20): the agent resolves
     * the host with its own DNS server, as the primary's probe does, probes on the CA's
     * tls-alpn-01 port only, and sends back the certificate's names and acmeIdentifier digest.
     */
    @Test
    void aTlsAlpn01ProbeResolvesTheHostWithTheAgentsOwnDnsServer() throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest("tok.thumbprint".getBytes(StandardCharsets.US_ASCII));
        try (AcmeTlsResponder responder = AcmeTlsResponder.start("acme." + ZONE, digest);
             Dnsmasq dns = Dnsmasq.serving(ZONE).a("acme." + ZONE, "127.0.0.1").start()) {
            int port = responder.port();
            DnsjavaDnsLookup resolver = new DnsjavaDnsLookup(dns.address(), Duration.ofMillis(500));
            try (PerspectiveAgent agent = PerspectiveAgent.start("tls-alpn-01 agent", loopback(), serverTls(ca), resolver,
                    new JdkHttpWebsiteFileFetcher(HttpValidationProperties.defaults()), null, 80,
                    new JdkTlsAlpnProbe(resolver, Duration.ofSeconds(2)), port)) {
                RemotePerspective perspective = perspective("tls-alpn-01 agent", agent.address().getPort(), clientTls);

                assertThat(perspective.tlsAlpn01("acme." + ZONE, port, "acme." + ZONE))
                        .isInstanceOfSatisfying(Presented.Certificate.class, c -> {
                            assertThat(c.dnsNames()).containsExactly("acme." + ZONE);
                            assertThat(c.acmeIdentifierDigest()).isEqualTo(digest);
                        });
                assertThat(perspective.tlsAlpn01("acme." + ZONE, port + 1, "acme." + ZONE))
                        .isEqualTo(new Presented.Failed("port " + (port + 1) + " is not the tls-alpn-01 port"));
                assertThat(perspective.tlsAlpn01("elsewhere." + ZONE, port, "elsewhere." + ZONE))
                        .isInstanceOf(Presented.Failed.class);
                // an agent started without a TLS-ALPN probe says so rather than probing some other way
                assertThat(perspectives.get(0).tlsAlpn01("acme." + ZONE, port, "acme." + ZONE))
                        .isEqualTo(new Presented.Failed("agent agent-0 has no tls-alpn-01 probe"));
            }
        }
    }

    /** A TLS server answering only acme-tls/1 with a self-signed validation certificate (RFC 8737 3). */
    private record AcmeTlsResponder(javax.net.ssl.SSLServerSocket socket) implements AutoCloseable {

        static AcmeTlsResponder start(String name, byte[] digest) throws Exception {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
            generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
            java.security.KeyPair key = generator.generateKeyPair();
            java.time.Instant now = java.time.Instant.now();
            org.bouncycastle.asn1.x500.X500Name subject = new org.bouncycastle.asn1.x500.X500Name("CN=" + name);
            var builder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(subject, java.math.BigInteger.TWO,
                    java.util.Date.from(now.minusSeconds(60)), java.util.Date.from(now.plusSeconds(3600)), subject, key.getPublic())
                    .addExtension(org.bouncycastle.asn1.x509.Extension.subjectAlternativeName, false,
                            new org.bouncycastle.asn1.x509.GeneralNames(new org.bouncycastle.asn1.x509.GeneralName(
                                    org.bouncycastle.asn1.x509.GeneralName.dNSName, name)))
                    .addExtension(new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.5.5.7.1.31"), true,
                            new org.bouncycastle.asn1.DEROctetString(digest));
            java.security.cert.X509Certificate certificate = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
                    .getCertificate(builder.build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                            .build(key.getPrivate())));
            java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("validation", key.getPrivate(), new char[0], new java.security.cert.Certificate[] {certificate});
            javax.net.ssl.KeyManagerFactory keys = javax.net.ssl.KeyManagerFactory.getInstance(
                    javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, new char[0]);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            javax.net.ssl.SSLServerSocket server = (javax.net.ssl.SSLServerSocket) context.getServerSocketFactory()
                    .createServerSocket(0, 8, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try (javax.net.ssl.SSLSocket client = (javax.net.ssl.SSLSocket) server.accept()) {
                        client.setHandshakeApplicationProtocolSelector((engine, offered) ->
                                offered.contains("acme-tls/1") ? "acme-tls/1" : null);
                        client.startHandshake();
                    } catch (IOException e) {
                        // the probe closes after the handshake; the next connection is served the same way
                    }
                }
            });
            return new AcmeTlsResponder(server);
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void aRunningAgentIsUpWithItsRoundTrip() {
        Health health = perspectives.get(4).health();

        assertThat(health).isInstanceOf(Health.Up.class);
        assertThat(((Health.Up) health).roundTripMillis()).isBetween(0L, TIMEOUT.toMillis());
    }

    @Test
    void anAgentThatIsDownTimesOutQuicklyAndIsShownDown() throws IOException {
        RemotePerspective down = perspective("down", freePort(), clientTls);

        long started = System.nanoTime();
        assertThat(down.dns().txt(TXT_NAME)).isInstanceOf(DnsAnswer.TimedOut.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.plusMillis(500));
        assertThat(down.files().fetch("http://www.mpic.test/.well-known/pki-validation/fileauth.txt"))
                .isInstanceOfSatisfying(FileFetch.NotFound.class, f -> assertThat(f.detail()).contains("down"));
        assertThat(down.health()).isInstanceOfSatisfying(Health.Down.class, d -> assertThat(d.detail()).contains("unreachable"));
    }

    @Test
    void aSlowAgentTimesOutWithinTheBound() throws IOException {
        HttpsServer slow = fakeAgent(exchange -> {
            try {
                Thread.sleep(TIMEOUT.multipliedBy(3).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        try {
            RemotePerspective perspective = perspective("slow", slow.getAddress().getPort(), clientTls);

            long started = System.nanoTime();
            assertThat(perspective.dns().txt(TXT_NAME)).isInstanceOf(DnsAnswer.TimedOut.class);
            assertThat(perspective.files().fetch("http://www.mpic.test/x")).isInstanceOf(FileFetch.TimedOut.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.multipliedBy(2).plusMillis(800));
            assertThat(perspective.health()).isInstanceOf(Health.Down.class);
        } finally {
            slow.stop(0);
        }
    }

    @Test
    void anAgentAnsweringNonsenseCountsAsNoAnswer() throws IOException {
        HttpsServer liar = fakeAgent(exchange -> {
            byte[] body = "{\"kind\":\"records\",\"values\":[\"x\"]".getBytes(StandardCharsets.US_ASCII); // cut short
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        try {
            RemotePerspective perspective = perspective("liar", liar.getAddress().getPort(), clientTls);

            assertThat(perspective.dns().caa(ZONE)).isInstanceOf(DnsAnswer.TimedOut.class);
            assertThat(perspective.files().fetch("http://www.mpic.test/x"))
                    .isInstanceOfSatisfying(FileFetch.NotFound.class, f -> assertThat(f.detail()).contains("not understood"));
            assertThat(perspective.health()).isInstanceOf(Health.Down.class);
        } finally {
            liar.stop(0);
        }
    }

    @Test
    void aClientWithoutACertificateOfTheChannelCaIsRefusedInTheHandshake() throws Exception {
        ChannelCa stranger = ChannelCa.generate("another CA");
        SSLContext foreignClient = ChannelTls.context(stranger.issueClient("intruder"), List.of(ca.certificate()));
        SSLContext noClientCertificate = SSLContext.getInstance("TLSv1.3");
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        java.security.KeyStore anchors = java.security.KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        anchors.setCertificateEntry("ca", ca.certificate());
        trust.init(anchors);
        noClientCertificate.init(null, trust.getTrustManagers(), null);
        URI health = URI.create("https://127.0.0.1:" + agents.get(0).address().getPort() + "/health");

        for (SSLContext refused : List.of(foreignClient, noClientCertificate)) {
            try (HttpClient client = HttpClient.newBuilder().sslContext(refused).build()) {
                assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(health).timeout(TIMEOUT).build(),
                        HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
            }
        }
        assertThat(perspective("intruder", agents.get(0).address().getPort(), foreignClient).dns().txt(TXT_NAME))
                .isInstanceOf(DnsAnswer.TimedOut.class);
        // The same request with the CA's own client certificate is answered: the refusal was the certificate's.
        try (HttpClient client = HttpClient.newBuilder().sslContext(clientTls).build()) {
            assertThat(client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void anAgentServerNotIssuedByTheChannelCaIsNotTrustedByTheCa() throws IOException {
        ChannelCa impostorCa = ChannelCa.generate("impostor CA");
        PerspectiveAgent impostor = PerspectiveAgent.start("impostor", loopback(),
                ChannelTls.context(impostorCa.issueServer("impostor", List.of("127.0.0.1")), List.of(ca.certificate())),
                new DnsjavaDnsLookup(dnsServers.get(0).address(), Duration.ofMillis(500)),
                new JdkHttpWebsiteFileFetcher(HttpValidationProperties.defaults()));
        try {
            assertThat(perspective("impostor", impostor.address().getPort(), clientTls).health())
                    .isInstanceOf(Health.Down.class);
        } finally {
            impostor.close();
        }
    }

    @Test
    void anOversizedQuestionIsRefused() throws Exception {
        URI dns = URI.create("https://127.0.0.1:" + agents.get(0).address().getPort() + "/dns");
        String huge = "{\"type\":\"TXT\",\"name\":\"" + "a".repeat(AgentProtocol.MAX_REQUEST_BYTES) + "\"}";
        try (HttpClient client = HttpClient.newBuilder().sslContext(clientTls).build()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(dns).POST(HttpRequest.BodyPublishers.ofString(huge)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
        }
    }

    static HttpsRemotePerspective perspective(String name, int port, SSLContext tls) {
        return new HttpsRemotePerspective(new PerspectiveSite(name, RirRegion.RIPE_NCC, "test"),
                URI.create("https://127.0.0.1:" + port), tls, TIMEOUT);
    }

    static SSLContext serverTls(ChannelCa issuer) {
        return ChannelTls.context(issuer.issueServer("agent", List.of("127.0.0.1", "localhost")), List.of(issuer.certificate()));
    }

    private static HttpsServer fakeAgent(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        HttpsServer server = HttpsServer.create(loopback(), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls(ca)) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                parameters.setSSLParameters(ssl);
            }
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", handler);
        server.start();
        return server;
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
