package org.certdesk.adapters.ca;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.certdesk.domain.shared.DomainException;

/** Reads a pasted or uploaded PEM CSR, saying in plain words what is wrong with it when it cannot. */
final class CsrPemReader {

    private static final Set<String> CSR_TYPES = Set.of("CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST");

    private CsrPemReader() {
    }

    static PKCS10CertificationRequest read(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new DomainException("The CSR is empty: paste or upload a PEM certificate signing request.");
        }
        PemObject block;
        try (PemReader reader = new PemReader(new StringReader(pem.strip()))) {
            block = reader.readPemObject();
        } catch (IOException e) {
            throw new DomainException("The CSR is incomplete: its '-----END CERTIFICATE REQUEST-----' line is missing or does not "
                    + "match. Paste the whole CSR, including the BEGIN and END lines.");
        } catch (RuntimeException e) {
            throw new DomainException("The CSR is damaged: the text between its BEGIN and END lines is not valid Base64.");
        }
        if (block == null) {
            throw new DomainException("This is not a PEM certificate signing request: it should start with "
                    + "'-----BEGIN CERTIFICATE REQUEST-----'.");
        }
        if (!CSR_TYPES.contains(block.getType())) {
            String advice = block.getType().contains("PRIVATE KEY") ? " Never send a private key: paste the CSR instead." : "";
            throw new DomainException("This is a PEM '" + block.getType() + "', not a certificate signing request "
                    + "('CERTIFICATE REQUEST')." + advice);
        }
        try {
            return new PKCS10CertificationRequest(block.getContent());
        } catch (IOException | RuntimeException e) {
            throw new DomainException("The CSR is damaged: its content cannot be read as a PKCS#10 certificate signing request.");
        }
    }
}
