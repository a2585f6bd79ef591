package org.certdesk.adapters.ca.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CA's fast provider on this platform (Linux x86-64, where CI runs): Amazon Corretto Crypto
 * Provider, signing with the JDK's own key objects (the CA's keys are read by the JDK) and
 * making signatures the JDK's providers verify, and the other way round.
 */
class CaSignaturesTest {

    @ParameterizedTest
    @CsvSource({"EC, SHA256withECDSA, SunEC", "RSA, SHA256withRSA, SunRsaSign"})
    void signaturesInteroperateWithTheJdksProviders(String keyAlgorithm, String signatureAlgorithm, String jdkProvider)
            throws Exception {
        assertThat(CaSignatures.provider()).get().extracting(p -> p.getName()).isEqualTo("AmazonCorrettoCryptoProvider");
        KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm, jdkProvider);
        if (keyAlgorithm.equals("EC")) {
            generator.initialize(new ECGenParameterSpec("secp256r1"));
        } else {
            generator.initialize(2048);
        }
        KeyPair jdkKeys = generator.generateKeyPair();
        byte[] tbs = "the to-be-signed certificate".getBytes(StandardCharsets.US_ASCII);

        Signature fast = CaSignatures.signature(signatureAlgorithm);
        assertThat(fast.getProvider()).isSameAs(CaSignatures.provider().orElseThrow());
        fast.initSign(jdkKeys.getPrivate());
        fast.update(tbs);
        byte[] signedFast = fast.sign();

        Signature jdk = Signature.getInstance(signatureAlgorithm, jdkProvider);
        jdk.initVerify(jdkKeys.getPublic());
        jdk.update(tbs);
        assertThat(jdk.verify(signedFast)).as("the JDK verifies what the fast provider signed").isTrue();

        jdk.initSign(jdkKeys.getPrivate());
        jdk.update(tbs);
        byte[] signedByJdk = jdk.sign();
        Signature check = CaSignatures.signature(signatureAlgorithm);
        check.initVerify(jdkKeys.getPublic());
        check.update(tbs);
        assertThat(check.verify(signedByJdk)).as("the fast provider verifies what the JDK signed").isTrue();
        check.initVerify(jdkKeys.getPublic());
        check.update("another certificate".getBytes(StandardCharsets.US_ASCII));
        assertThat(check.verify(signedByJdk)).as("a signature over other bytes fails").isFalse();
    }
}
