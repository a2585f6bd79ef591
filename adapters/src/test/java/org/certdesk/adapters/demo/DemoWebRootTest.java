package org.certdesk.adapters.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Proxy;
import java.net.URI;
import org.certdesk.adapters.http.HttpValidationProperties;
import org.certdesk.adapters.http.JdkHttpWebsiteFileFetcher;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoWebRootTest {

    private static final String FILE_URL = "http://www.example.test/.well-known/pki-validation/fileauth.txt";

    private DemoZone zone;
    private DemoWebRoot webRoot;
    private JdkHttpWebsiteFileFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        zone = new DemoZone("example.test");
        webRoot = DemoWebRoot.start(zone);
        // Production settings: the URL uses port 80, the routes send it to the web root's port.
        fetcher = new JdkHttpWebsiteFileFetcher(HttpValidationProperties.defaults(), new DemoZoneRoutes(zone, webRoot.address()));
    }

    @AfterEach
    void stop() {
        webRoot.close();
    }

    @Test
    void servesTheFilePutForTheRequestedHost() {
        webRoot.put("www.example.test", "20261125000000token");

        assertThat(fetcher.fetch(FILE_URL)).isEqualTo(new FileFetch.Content("20261125000000token"));
    }

    @Test
    void servesEachHostItsOwnFile() {
        webRoot.put("shop.example.test", "shop-token");

        assertThat(fetcher.fetch(FILE_URL)).isEqualTo(new FileFetch.NotFound("HTTP 404"));
        assertThat(fetcher.fetch("http://shop.example.test/.well-known/pki-validation/fileauth.txt"))
                .isEqualTo(new FileFetch.Content("shop-token"));
    }

    @Test
    void servesNothingAfterTheFileIsRemoved() {
        webRoot.put("www.example.test", "20261125000000token");
        webRoot.remove("WWW.example.test");

        assertThat(fetcher.fetch(FILE_URL)).isEqualTo(new FileFetch.NotFound("HTTP 404"));
    }

    @Test
    void servesOnlyTheValidationPath() {
        webRoot.put("www.example.test", "20261125000000token");

        assertThat(fetcher.fetch("http://www.example.test/index.html")).isEqualTo(new FileFetch.NotFound("HTTP 404"));
    }

    @Test
    void refusesAFileForAHostOutsideTheZone() {
        assertThatThrownBy(() -> webRoot.put("www.example.com", "x")).hasMessageContaining("not a host in the demo zone");
    }

    @Test
    void routesOnlyDemoZoneHostsToTheWebRoot() {
        assertThat(new DemoZoneRoutes(zone, webRoot.address()).select(URI.create("http://www.example.com/")))
                .containsExactly(Proxy.NO_PROXY);
    }
}
