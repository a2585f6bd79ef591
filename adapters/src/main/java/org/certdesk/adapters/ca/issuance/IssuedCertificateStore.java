package org.certdesk.adapters.ca.issuance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.certdesk.adapters.ca.lint.PassedCheck;
import org.certdesk.domain.certificate.RevocationReason;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The issued_certificate rows: every signed leaf with its chain, keyed by serial and by (certificate, CSR). */
@Component
public class IssuedCertificateStore {

    record StoredLeaf(String serialHex, long certificateId, String csrSha256, String issuerId, String leafPem, String chainPem,
                      Instant notBefore, Instant notAfter, Instant issuedAt) {
    }

    private static final String COLUMNS = """
            SELECT serial_hex, certificate_id, csr_sha256, issuer_id, leaf_pem, chain_pem, not_before, not_after, issued_at
            FROM issued_certificate""";

    private final JdbcTemplate jdbc;

    IssuedCertificateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredLeaf> findByRequest(long certificateId, String csrSha256) {
        return jdbc.query(COLUMNS + " WHERE certificate_id = ? AND csr_sha256 = ?", IssuedCertificateStore::map, certificateId, csrSha256)
                .stream().findFirst();
    }

    Optional<StoredLeaf> findBySerial(String serialHex) {
        return jdbc.query(COLUMNS + " WHERE serial_hex = ?", IssuedCertificateStore::map, serialHex).stream().findFirst();
    }

    Optional<StoredLeaf> findLatestByCertificate(long certificateId) {
        return jdbc.query(COLUMNS + " WHERE certificate_id = ? ORDER BY issued_at DESC, id DESC LIMIT 1", IssuedCertificateStore::map,
                certificateId).stream().findFirst();
    }

    /**
     * Stores the leaf, or returns the row a concurrent or earlier attempt stored for the same
     * certificate and CSR: the unique (certificate_id, csr_sha256) index decides the one winner.
     */
    StoredLeaf insertOrGetExisting(StoredLeaf leaf) {
        try {
            jdbc.update("""
                    INSERT INTO issued_certificate (serial_hex, certificate_id, csr_sha256, issuer_id, leaf_pem, chain_pem,
                                                    not_before, not_after, issued_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    leaf.serialHex(), leaf.certificateId(), leaf.csrSha256(), leaf.issuerId(), leaf.leafPem(), leaf.chainPem(),
                    timestamp(leaf.notBefore()), timestamp(leaf.notAfter()), timestamp(leaf.issuedAt()));
            return leaf;
        } catch (DuplicateKeyException e) {
            return findByRequest(leaf.certificateId(), leaf.csrSha256()).orElseThrow(() -> e);
        }
    }

    /**
     * The checks the leaf passed before it was signed, in the order they ran: one multi-row
     * INSERT, because a round trip per check was most of an issuance's database time (issue 13).
     */
    void recordLint(String serialHex, List<PassedCheck> passed) {
        if (passed.isEmpty()) {
            return;
        }
        String rows = String.join(", ", Collections.nCopies(passed.size(), "(?, ?, ?, ?, ?)"));
        List<Object> values = new ArrayList<>(passed.size() * 5);
        for (int position = 0; position < passed.size(); position++) {
            PassedCheck check = passed.get(position);
            values.addAll(Arrays.asList(serialHex, position, check.name(), check.brSection(), check.notice()));
        }
        jdbc.update("INSERT INTO issued_certificate_lint (serial_hex, position, check_name, br_section, notice) VALUES " + rows,
                values.toArray());
    }

    /** Empty when the leaf was signed before lint results were kept. */
    Optional<List<PassedCheck>> lint(String serialHex) {
        List<PassedCheck> passed = jdbc.query(
                "SELECT check_name, br_section, notice FROM issued_certificate_lint WHERE serial_hex = ? ORDER BY position",
                (rs, row) -> new PassedCheck(rs.getString(1), rs.getString(2), rs.getString(3)), serialHex);
        return passed.isEmpty() ? Optional.empty() : Optional.of(passed);
    }

    /**
     * Records the revocation on the issued leaf; a later call replaces reason and date (BR 7.2.2
     * lets the CA move an entry to keyCompromise). Empty when this CA never issued the serial.
     */
    public Optional<String> markRevoked(String serialHex, RevocationReason reason, Instant at) {
        Optional<StoredLeaf> leaf = findBySerial(serialHex);
        leaf.ifPresent(found -> jdbc.update("UPDATE issued_certificate SET revoked_at = ?, revocation_reason = ? WHERE serial_hex = ?",
                timestamp(at), reason.name(), serialHex));
        return leaf.map(StoredLeaf::issuerId);
    }

    /**
     * The issuer's revoked leaves still valid at {@code validAt}: an entry stays on the CRL until
     * after the certificate expires (BR 4.10.1), and the caller picks {@code validAt} so it also
     * appears on one regularly scheduled CRL beyond that (BR 7.2 revokedCertificates).
     */
    public List<RevokedEntry> revokedBy(String issuerId, Instant validAt) {
        return jdbc.query("""
                SELECT serial_hex, revoked_at, revocation_reason FROM issued_certificate
                WHERE issuer_id = ? AND revoked_at IS NOT NULL AND not_after >= ?
                ORDER BY revoked_at, serial_hex""",
                (rs, row) -> new RevokedEntry(rs.getString(1), rs.getTimestamp(2).toInstant(), RevocationReason.valueOf(rs.getString(3))),
                issuerId, timestamp(validAt));
    }

    /**
     * As an Instant, not a java.sql.Timestamp: the driver writes an Instant with java.time, a
     * Timestamp with a new SimpleDateFormat per parameter (4% of an issuance's CPU, issue 13).
     */
    private static Instant timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static StoredLeaf map(ResultSet rs, int row) throws SQLException {
        return new StoredLeaf(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant());
    }
}
