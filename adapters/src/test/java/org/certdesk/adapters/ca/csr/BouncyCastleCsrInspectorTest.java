package org.certdesk.adapters.ca.csr;

import org.certdesk.adapters.ca.Pem;
import org.certdesk.adapters.ca.TestCsrs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.Base64;

import org.certdesk.application.port.CsrInspector.InspectedCsr;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class BouncyCastleCsrInspectorTest {

    private static final KeyPair RSA_2048 = TestCsrs.rsa(2048);
    private static final KeyPair EC_P256 = TestCsrs.ec("secp256r1");

    private final BouncyCastleCsrInspector inspector = new BouncyCastleCsrInspector(IssuancePolicy.baselineRequirements());

    @Test
    void acceptsAnUploadedRsaCsrWhoseNamesMatchInAnyOrderAndCase() {
        String csr = TestCsrs.csr(RSA_2048, "WWW.Example.com", "example.com");

        InspectedCsr inspected = inspector.inspect(csr, Identifiers.parseLines("example.com\nwww.example.com"));

        assertThat(inspected.keyAlgorithm()).isEqualTo(KeyAlgorithm.RSA_2048);
        assertThat(inspected.names()).isEqualTo(Identifiers.parseLines("example.com\nwww.example.com"));
        assertThat(inspected.subjectPublicKeySha256()).hasSize(64);
    }

    @Test
    void comparesInternationalizedNamesInPunycode() {
        String csr = TestCsrs.csr(EC_P256, "xn--bcher-kva.example.com");

        assertThat(inspector.inspect(csr, Identifiers.parseLines("bücher.example.com")).keyAlgorithm()).isEqualTo(KeyAlgorithm.EC_P256);
    }

    @Test
    void refusesACsrNamingAMixedScriptHomograph() {
        // "xn--pple-43d.com" is "аpple.com" with a Cyrillic "а" (issue 14, UTS #39).
        assertRefused(TestCsrs.csr(EC_P256, "xn--pple-43d.com"), "The CSR names 'xn--pple-43d.com'",
                "'аpple.com' (xn--pple-43d.com) mixes Cyrillic, Latin letters");
    }

    @Test
    void readsTheCommonNameWhenTheCsrHasNoSubjectAltName() {
        String csr = TestCsrs.csrWithCommonNameOnly(EC_P256, "shop.example.com");

        assertThat(inspector.inspect(csr, Identifiers.parseLines("shop.example.com")).names().first().value()).isEqualTo("shop.example.com");
    }

    @Test
    void refusesGarbageWithAHintAboutTheBeginLine() {
        assertRefused("hello, this is my certificate", "not a PEM certificate signing request", "BEGIN CERTIFICATE REQUEST");
    }

    @Test
    void refusesATruncatedPem() {
        String csr = TestCsrs.csr(RSA_2048, "example.com");
        String truncated = csr.substring(0, csr.length() / 2);

        assertRefused(truncated, "The CSR is incomplete", "END CERTIFICATE REQUEST");
    }

    @Test
    void refusesAPemOfAnotherType() {
        String privateKey = Pem.encode("PRIVATE KEY", RSA_2048.getPrivate().getEncoded());

        assertRefused(privateKey, "This is a PEM 'PRIVATE KEY', not a certificate signing request", "Never send a private key");
    }

    @Test
    void refusesACsrWhoseSignatureWasTampered() {
        String csr = TestCsrs.csr(RSA_2048, "example.com");
        byte[] der = Base64.getMimeDecoder().decode(csr.replaceAll("-----[A-Z ]+-----", ""));
        der[der.length - 1] ^= 0x01;

        assertRefused(Pem.encode("CERTIFICATE REQUEST", der), "The CSR's signature does not verify");
    }

    @Test
    void refusesAnRsa1024Key() {
        assertRefused(TestCsrs.csr(TestCsrs.rsa(1024), "example.com"), "1024-bit RSA key", "2048, 3072 or 4096");
    }

    @Test
    void refusesTheP521Curve() {
        assertRefused(TestCsrs.csr(TestCsrs.ec("secp521r1"), "example.com"), "curve secp521r1", "P-256 and P-384");
    }

    @Test
    void namesWhatDiffersWhenTheCsrNamesOtherDomains() {
        String csr = TestCsrs.csr(EC_P256, "example.com", "mail.example.com");

        assertThatThrownBy(() -> inspector.inspect(csr, Identifiers.parseLines("example.com\nwww.example.com")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Missing from the CSR: www.example.com.")
                .hasMessageContaining("In the CSR but not bound: mail.example.com.");
    }

    @Test
    void refusesAnInternalNameInTheCsrWithTheReason() {
        assertRefused(TestCsrs.csr(EC_P256, "intranet.local"), "The CSR names 'intranet.local'", "internal names");
    }

    @Test
    void refusesASubjectAltNameThatIsNotAListOfNames() {
        // SEQUENCE { INTEGER 5 }: signed, so it gets past the signature check; found by CsrInspectorFuzzTest.
        String csr = TestCsrs.csrWithRawSubjectAltName(EC_P256, new byte[] {0x30, 0x03, 0x02, 0x01, 0x05});

        assertRefused(csr, "extensions it requests (its subjectAltName) cannot be read");
    }

    private void assertRefused(String csr, String... messageParts) {
        var refusal = assertThatThrownBy(() -> inspector.inspect(csr, Identifiers.parseLines("example.com")))
                .isInstanceOf(DomainException.class);
        for (String part : messageParts) {
            refusal.hasMessageContaining(part);
        }
    }
}
