package org.certdesk.adapters.ca.crl;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The ca_crl rows: each CA's current CRL (DER) and its CRL number. */
@Component
class CrlStore {

    record StoredCrl(String issuerId, long number, Instant thisUpdate, Instant nextUpdate, byte[] der) {
    }

    private final JdbcTemplate jdbc;

    CrlStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The last CRL number, with the row locked until the transaction ends; empty before the first CRL. */
    Optional<Long> lockLastNumber(String issuerId) {
        return jdbc.queryForList("SELECT crl_number FROM ca_crl WHERE issuer_id = ? FOR UPDATE", Long.class, issuerId).stream().findFirst();
    }

    /** False when a concurrent publisher stored the first CRL of this CA before us. */
    boolean insertFirst(StoredCrl crl) {
        try {
            jdbc.update("INSERT INTO ca_crl (issuer_id, crl_number, this_update, next_update, crl_der) VALUES (?, ?, ?, ?, ?)",
                    crl.issuerId(), crl.number(), timestamp(crl.thisUpdate()), timestamp(crl.nextUpdate()), crl.der());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void replace(StoredCrl crl) {
        jdbc.update("UPDATE ca_crl SET crl_number = ?, this_update = ?, next_update = ?, crl_der = ? WHERE issuer_id = ?",
                crl.number(), timestamp(crl.thisUpdate()), timestamp(crl.nextUpdate()), crl.der(), crl.issuerId());
    }

    Optional<StoredCrl> find(String issuerId) {
        return jdbc.query("SELECT issuer_id, crl_number, this_update, next_update, crl_der FROM ca_crl WHERE issuer_id = ?",
                (rs, row) -> new StoredCrl(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
                        rs.getBytes(5)), issuerId).stream().findFirst();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
