package org.certdesk.adapters.ca.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.certdesk.adapters.ca.OpenSsl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BR 7.1.2.10.2: every CA subject of a new hierarchy carries the configured countryName, judged by openssl. */
class CaSubjectCountryTest {

    private static final CaHierarchy HIERARCHY = new CaHierarchyFactory(new CaUrls("https://ca.example.com"), CaCountry.of("de"))
            .create(Instant.parse("2026-06-01T00:00:00Z"));

    @TempDir
    Path directory;

    @Test
    void theRootNamesTheConfiguredCountryFirst() throws Exception {
        String text = new OpenSsl(directory).text(HIERARCHY.root().pem());

        assertThat(compact(line(text, "Subject:"))).isEqualTo("Subject:C=DE,O=CertDesk,CN=CertDeskSimulatedRootCAR1");
        assertThat(compact(line(text, "Issuer:"))).isEqualTo("Issuer:C=DE,O=CertDesk,CN=CertDeskSimulatedRootCAR1");
    }

    @Test
    void bothIssuingCasNameTheConfiguredCountryAndChainToTheRoot() throws Exception {
        OpenSsl openssl = new OpenSsl(directory);
        openssl.write("root.pem", HIERARCHY.root().pem());
        for (SigningCa issuer : new SigningCa[] {HIERARCHY.ecIssuer(), HIERARCHY.rsaIssuer()}) {
            String text = openssl.text(issuer.pem());

            assertThat(compact(line(text, "Subject:"))).startsWith("Subject:C=DE,O=CertDesk,CN=CertDeskSimulated")
                    .endsWith("IssuingCA" + (issuer == HIERARCHY.ecIssuer() ? "E1" : "R1"));
            assertThat(compact(line(text, "Issuer:"))).isEqualTo("Issuer:C=DE,O=CertDesk,CN=CertDeskSimulatedRootCAR1");
            openssl.write("issuer.pem", issuer.pem());
            assertThat(openssl.run("verify", "-CAfile", "root.pem", "issuer.pem").output()).contains("issuer.pem: OK");
        }
    }

    private static String line(String text, String prefix) {
        return text.lines().map(String::strip).filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }

    private static String compact(String text) {
        return text.replace(" ", "");
    }
}
