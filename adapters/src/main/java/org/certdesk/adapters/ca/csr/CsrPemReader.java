package org.certdesk.adapters.ca.csr;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;

/** Reads a pasted or uploaded PEM CSR, saying in plain words what is wrong with it when it cannot. */
final class CsrPemReader {

    private static final Set<String> CSR_TYPES = Set.of("CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST");

    private CsrPemReader() {
    }

    static PKCS10CertificationRequest read(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new DomainException(Refusal.of("csr.empty", FieldName.CSR));
        }
        PemObject block;
        try (PemReader reader = new PemReader(new StringReader(pem.strip()))) {
            block = reader.readPemObject();
        } catch (IOException e) {
            throw new DomainException(Refusal.of("csr.incomplete", FieldName.CSR));
        } catch (RuntimeException e) {
            throw new DomainException(Refusal.of("csr.notBase64", FieldName.CSR));
        }
        if (block == null) {
            throw new DomainException(Refusal.of("csr.noPemBlock", FieldName.CSR));
        }
        if (!CSR_TYPES.contains(block.getType())) {
            throw new DomainException(Refusal.of(block.getType().contains("PRIVATE KEY") ? "csr.privateKeyInstead" : "csr.wrongPemType",
                    block.getType(), FieldName.CSR));
        }
        try {
            return new PKCS10CertificationRequest(block.getContent());
        } catch (IOException | RuntimeException e) {
            throw new DomainException(Refusal.of("csr.notPkcs10", FieldName.CSR));
        }
    }
}
