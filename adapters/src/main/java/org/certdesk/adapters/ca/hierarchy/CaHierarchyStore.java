package org.certdesk.adapters.ca.hierarchy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The CA hierarchy's rows: ca_key_pair (sealed private keys) and ca_certificate. */
@Component
public class CaHierarchyStore {

    enum Role { ROOT, ISSUING }

    record StoredCa(String id, Role role, KeyFamily family, String keyAlgorithm, String certificatePem, byte[] sealedPrivateKey) {
    }

    private final JdbcTemplate jdbc;

    CaHierarchyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Blocks other instances that try to create the hierarchy until this transaction ends. */
    public void lockForCreation() {
        jdbc.queryForObject("SELECT id FROM ca_hierarchy_lock WHERE id = 1 FOR UPDATE", Integer.class);
    }

    /** Oldest first, so the first root and issuers of each family win if more ever exist. */
    List<StoredCa> loadAll() {
        return jdbc.query("""
                SELECT c.id, c.role, c.key_family, k.algorithm, c.certificate_pem, k.encrypted_private_key
                FROM ca_certificate c JOIN ca_key_pair k ON k.id = c.key_pair_id
                ORDER BY c.created_at, c.id""",
                (rs, i) -> new StoredCa(rs.getString(1), Role.valueOf(rs.getString(2)), KeyFamily.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getBytes(6)));
    }

    void insert(SigningCa ca, Role role, String issuerId, byte[] sealedPrivateKey, byte[] publicKeySha256, Instant now) {
        Timestamp created = Timestamp.from(now.truncatedTo(ChronoUnit.MICROS));
        jdbc.update("INSERT INTO ca_key_pair (id, algorithm, public_key_sha256, encrypted_private_key, created_at) VALUES (?, ?, ?, ?, ?)",
                ca.id(), ca.privateKey().getAlgorithm(), HexFormat.of().formatHex(publicKeySha256), sealedPrivateKey, created);
        jdbc.update("""
                INSERT INTO ca_certificate (id, role, key_family, key_pair_id, issuer_id, subject, serial_hex, certificate_pem,
                                            not_before, not_after, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                ca.id(), role.name(), ca.family().name(), ca.id(), issuerId, ca.certificate().getSubject().toString(),
                Serials.hex(ca.certificate().getSerialNumber()), ca.pem(),
                Timestamp.from(ca.certificate().getNotBefore().toInstant()), Timestamp.from(ca.certificate().getNotAfter().toInstant()),
                created);
    }
}
