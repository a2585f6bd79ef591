package org.certdesk.adapters.ca.crl;

import org.certdesk.adapters.ca.OpenSsl;
import org.certdesk.adapters.ca.TestCsrs;
import org.certdesk.adapters.ca.hierarchy.CaHierarchy;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyKeeper;
import org.certdesk.adapters.ca.hierarchy.SigningCa;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.ca.crl.CrlStore.StoredCrl;
import org.certdesk.application.port.RevocationRegistry;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.IssuedCertificate;
import org.certdesk.domain.certificate.RevocationReason;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.Identifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The CRLs themselves (BR 7.2): numbering, signature, validity, entries, judged by openssl. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class CrlPublicationTest {

    private static final Pattern CRL_NUMBER = Pattern.compile("X509v3 CRL Number:\\s*\\n\\s*(\\d+)");

    @Autowired
    CrlPublisher publisher;
    @Autowired
    RevocationRegistry revocations;
    @Autowired
    CertificateAuthority ca;
    @Autowired
    CaHierarchyKeeper keeper;
    @Autowired
    Clock clock;
    @TempDir
    Path directory;

    @Test
    void everyRePublicationCarriesAGreaterCrlNumber() throws Exception {
        String issuerId = keeper.hierarchy().ecIssuer().id();
        OpenSsl openssl = new OpenSsl(directory);

        StoredCrl first = publisher.publish(issuerId);
        StoredCrl second = publisher.publish(issuerId);

        assertThat(second.number()).isGreaterThan(first.number());
        assertThat(crlNumber(openssl.crlText(second.der()))).isEqualTo(second.number()).isGreaterThan(crlNumber(openssl.crlText(first.der())));
    }

    @Test
    void anUnspecifiedReasonIsListedWithoutAReasonCode() throws Exception {
        IssuedCertificate issued = ca.sign(dvRequest("plain-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com"));
        String issuerId = keeper.hierarchy().ecIssuer().id();

        revocations.revoked(issued.serialHex(), RevocationReason.UNSPECIFIED, clock.instant());

        String text = new OpenSsl(directory).crlText(publisher.current(issuerId).der());
        String entry = text.substring(text.indexOf("Serial Number: " + issued.serialHex().toUpperCase()));
        String untilNext = entry.indexOf("Serial Number:", 15) < 0 ? entry : entry.substring(0, entry.indexOf("Serial Number:", 15));
        assertThat(untilNext).contains("Revocation Date").doesNotContain("Reason Code");
    }

    @Test
    void eachCrlIsSignedByItsCaAndValidForSevenDays() throws Exception {
        OpenSsl openssl = new OpenSsl(directory);
        CaHierarchy hierarchy = keeper.hierarchy();
        for (SigningCa signer : new SigningCa[] {hierarchy.root(), hierarchy.ecIssuer(), hierarchy.rsaIssuer()}) {
            StoredCrl crl = publisher.publish(signer.id());
            assertThat(Duration.between(crl.thisUpdate(), crl.nextUpdate())).isEqualTo(Duration.ofDays(7));
            assertThat(crl.thisUpdate()).isCloseTo(clock.instant(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));

            Files.write(directory.resolve("signed.crl"), crl.der());
            openssl.write("signer.pem", signer.pem());
            OpenSsl.Result checked = openssl.run("crl", "-inform", "DER", "-in", "signed.crl", "-CAfile", "signer.pem", "-noout");
            assertThat(checked.output()).as(signer.id()).contains("verify OK");
            assertThat(openssl.crlText(crl.der())).contains("Issuer: " + opensslName(openssl, signer.pem()));
        }
    }

    private static String opensslName(OpenSsl openssl, String certificatePem) throws Exception {
        openssl.write("subject.pem", certificatePem);
        return openssl.run("x509", "-in", "subject.pem", "-noout", "-subject").output().strip().substring("subject=".length());
    }

    private static long crlNumber(String text) {
        Matcher matcher = CRL_NUMBER.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private SigningRequest dvRequest(String name) {
        var now = clock.instant();
        return new SigningRequest(new CertificateId(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE)),
                ValidationType.DV, Identifiers.parseLines(name), TestCsrs.csr(TestCsrs.ec("secp256r1"), name), null, null, now,
                now.plus(Duration.ofDays(90)));
    }
}
