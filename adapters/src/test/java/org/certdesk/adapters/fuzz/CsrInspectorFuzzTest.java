package org.certdesk.adapters.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.certdesk.adapters.ca.BouncyCastleCsrInspector;
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
