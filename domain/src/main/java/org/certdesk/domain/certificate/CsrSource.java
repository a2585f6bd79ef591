package org.certdesk.domain.certificate;

import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.shared.FieldName;

/**
 * Where the CSR comes from. The CA never makes the subscriber's key (BR 6.1.1.3): a system CSR is
 * made by the console side. An uploaded CSR is checked here only for its PEM armour; its
 * signature, key and names are checked by the CSR adapter.
 */
public sealed interface CsrSource {

    record SystemGenerated(KeyAlgorithm keyAlgorithm) implements CsrSource {
        public SystemGenerated {
            if (keyAlgorithm == null) {
                throw new DomainException(Refusal.of("csr.chooseAlgorithm", FieldName.of("keyAlgorithm")));
            }
        }
    }

    record Uploaded(String pem) implements CsrSource {
        static final String BEGIN = "-----BEGIN CERTIFICATE REQUEST-----";
        static final String END = "-----END CERTIFICATE REQUEST-----";
        /**
         * A CSR with an RSA-4096 key and a hundred names stays under 8 KiB of PEM; anything much
         * longer is a wrong paste, refused before it is parsed, stored or quoted.
         */
        public static final int MAX_LENGTH = 16 * 1024;

        public Uploaded {
            if (pem != null && pem.length() > MAX_LENGTH) {
                throw new DomainException(Refusal.of("csr.tooLong", FieldName.CSR, MAX_LENGTH / 1024, pem.length() / 1024));
            }
            if (pem == null || !pem.strip().startsWith(BEGIN) || !pem.strip().endsWith(END)) {
                throw new DomainException(Refusal.of("csr.notPem", FieldName.CSR, BEGIN, END));
            }
            pem = pem.strip();
        }
    }

    static CsrSource systemGenerated(KeyAlgorithm algorithm) {
        return new SystemGenerated(algorithm);
    }

    static CsrSource uploaded(String pem) {
        return new Uploaded(pem);
    }
}
