package org.certdesk.adapters.persistence.certificate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.certdesk.application.port.CertificateSuccessions;
import org.certdesk.domain.certificate.CertificateId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The certificate_succession rows: one per successor, found from either side. */
@Component
class JdbcCertificateSuccessions implements CertificateSuccessions {

    private final JdbcClient jdbc;

    JdbcCertificateSuccessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Succession succession) {
        jdbc.sql("""
                INSERT INTO certificate_succession (successor_id, predecessor_id, kind, recorded_at)
                VALUES (:successor, :predecessor, :kind, :at)""")
                .param("successor", succession.successor().value()).param("predecessor", succession.predecessor().value())
                .param("kind", succession.kind().name()).param("at", succession.at().truncatedTo(ChronoUnit.MICROS))
                .update();
    }

    @Override
    public List<Succession> involving(CertificateId certificate) {
        return jdbc.sql("""
                SELECT predecessor_id, successor_id, kind, recorded_at FROM certificate_succession
                WHERE predecessor_id = :id OR successor_id = :id
                ORDER BY recorded_at, successor_id""")
                .param("id", certificate.value())
                .query((rs, n) -> new Succession(new CertificateId(rs.getLong(1)), new CertificateId(rs.getLong(2)),
                        Kind.valueOf(rs.getString(3)), rs.getObject(4, Instant.class)))
                .list();
    }
}
