package org.certdesk.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: what the CA kept when it signed a leaf: its PEM, the chain to the root and the pre-issuance lint result. */
public interface IssuanceRecords {

    Optional<IssuanceRecord> bySerial(String serialHex);

    /**
     * @param chainPem the issuing CA certificate
     * @param rootPem  the root it chains to
     * @param lint     the checks the to-be-signed certificate passed (BR 4.3.1.2); empty when the
     *                 leaf was signed before the CA kept them
     */
    record IssuanceRecord(String leafPem, String chainPem, String rootPem, Instant issuedAt, Optional<List<LintResult>> lint) {
    }

    /**
     * One lint check that passed.
     *
     * @param check     the check's name, e.g. {@code serialHasEntropy}
     * @param brSection the Baseline Requirements section it enforces; empty for CertDesk's own rules
     * @param notice    what it noted without refusing, or null
     */
    record LintResult(String check, String brSection, String notice) {
    }
}
