package org.certdesk.adapters.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.certdesk.adapters.ca.csr.BouncyCastleCsrInspector;
import org.certdesk.application.port.CsrInspector.InspectedCsr;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.shared.DomainException;

/**
 * Fuzzes the CSR a customer pastes or uploads (issue 14): the inspector answers with an inspected
 * CSR or a {@link DomainException} whose message renders, never with another exception. The corpus
 * (real CSRs made with openssl, and every input that once crashed) is replayed by
 * {@code ./mvnw verify}; docs/benchmarks.md has the command for a long run.
 */
class CsrInspectorFuzzTest {

    private static final Identifiers BOUND_NAMES = Identifiers.parseLines("example.com\nwww.example.com");
    private static final BouncyCastleCsrInspector INSPECTOR = new BouncyCastleCsrInspector(IssuancePolicy.baselineRequirements());
    private static final KeyPair KEY = p256();

    /** The text as pasted into the CSR field. */
    @FuzzTest(maxDuration = "10m")
    void pastedPem(byte[] input) {
        inspect(new String(input, UTF_8));
    }

    /** DER inside a well-formed PEM block: the PKCS#10 structure, its key, names and signature. */
    @FuzzTest(maxDuration = "10m")
    void csrDer(byte[] der) {
        inspect(PemEnvelope.wrap("CERTIFICATE REQUEST", der));
        try {
            assertThat(INSPECTOR.pemOf(der)).startsWith("-----BEGIN CERTIFICATE REQUEST-----");
        } catch (DomainException refused) {
            assertThat(refused.messageIn(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
        }
    }

    /**
     * The extensions a CSR asks for (its subjectAltName above all), in a CSR signed with a sound
     * key: a mutated CSR fails the signature check, so only this target reaches the name reading.
     */
    @FuzzTest(maxDuration = "10m")
    void signedExtensionRequest(byte[] extensionsDer) {
        ASN1Primitive extensions;
        try {
            extensions = ASN1Primitive.fromByteArray(extensionsDer);
        } catch (IOException | RuntimeException notDer) {
            return; // the customer's tool, not the customer, writes this DER: only parseable DER is of interest
        }
        if (extensions == null) {
            return; // no bytes: nothing to put in the attribute
        }
        inspect(signedCsr(extensions));
    }

    private static String signedCsr(ASN1Primitive extensions) {
        try {
            byte[] der = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=example.com"), KEY.getPublic())
                    .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions)
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(KEY.getPrivate())).getEncoded();
            return PemEnvelope.wrap("CERTIFICATE REQUEST", der);
        } catch (IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair p256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void inspect(String pem) {
        InspectedCsr inspected;
        try {
            inspected = INSPECTOR.inspect(pem, BOUND_NAMES);
        } catch (DomainException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(refused.messageIn(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
            return;
        }
        assertThat(inspected.names()).isEqualTo(BOUND_NAMES);
        assertThat(inspected.subjectPublicKeySha256()).hasSize(64);
    }
}
