package org.certdesk.adapters.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;

import org.certdesk.adapters.ca.csr.BouncyCastleCsrInspector;
import org.certdesk.adapters.secret.MasterSecret;
import org.certdesk.adapters.secret.SecretBox;
import org.certdesk.application.port.SubscriberKeyGenerator.GeneratedKey;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BouncyCastleSubscriberKeyGeneratorTest {

    @TempDir
    static Path directory;

    private final BouncyCastleSubscriberKeyGenerator generator = new BouncyCastleSubscriberKeyGenerator(
            new SecretBox(MasterSecret.load("test master secret", directory), BouncyCastleSubscriberKeyGenerator.KEY_PURPOSE));
    private final BouncyCastleCsrInspector inspector = new BouncyCastleCsrInspector(IssuancePolicy.baselineRequirements());

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void makesACsrTheInspectorAcceptsAndAKeyThatIsEncryptedAtRest(KeyAlgorithm algorithm) throws Exception {
        Identifiers names = Identifiers.parseLines("www.example.com\nexample.com\n8.8.8.8");

        GeneratedKey generated = generator.generate(algorithm, names);

        assertThat(inspector.inspect(generated.csrPem(), names).keyAlgorithm()).isEqualTo(algorithm);
        byte[] pkcs8 = generator.decryptPrivateKey(generated.encryptedPrivateKey());
        PrivateKey key = KeyFactory.getInstance(algorithm.isRsa() ? "RSA" : "EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        assertThat(key.getEncoded()).isEqualTo(pkcs8);
        assertThat(indexOf(generated.encryptedPrivateKey(), pkcs8)).isNegative();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
