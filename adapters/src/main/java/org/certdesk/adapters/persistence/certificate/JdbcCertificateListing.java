package org.certdesk.adapters.persistence.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.certdesk.application.port.CertificateListing;
import org.certdesk.domain.certificate.CertificateFilter;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.PageRequest;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.Identifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The certificate list in one statement: the window of ids is found on the (tenant_id, …, id)
 * indexes alone, then only those rows are read for their indexed columns and the names out of
 * the JSON document; no aggregate, no per-row query for the names. The ACME order that obtained a
 * certificate (at most one: acme_order.certificate_id is unique) is joined for the row's source.
 */
@Component
class JdbcCertificateListing implements CertificateListing {

    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcCertificateListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Row> page(CertificateFilter filter, PageRequest page) {
        return CertificateFilterSql.query(jdbc, filter, """
                        SELECT r.id, r.brand, r.validation_type, r.coverage, r.status, r.purchased_at, r.issued_at,
                               r.not_after, r.version, JSON_EXTRACT(r.document, '$.application.identifiers') AS identifiers,
                               o.account_id AS acme_account_id
                        FROM (SELECT c.id FROM certificate c""",
                        " ORDER BY c.id DESC LIMIT :limit OFFSET :offset) w JOIN certificate r ON r.id = w.id"
                                + " LEFT JOIN acme_order o ON o.certificate_id = r.id ORDER BY r.id DESC")
                .param("limit", page.limit()).param("offset", page.offset())
                .query((rs, n) -> row(rs)).list();
    }

    private Row row(ResultSet rs) throws SQLException {
        return new Row(new CertificateId(rs.getLong("id")), rs.getString("brand"), ValidationType.valueOf(rs.getString("validation_type")),
                Coverage.valueOf(rs.getString("coverage")), names(rs.getString("identifiers")),
                CertificateStatus.valueOf(rs.getString("status")), rs.getObject("purchased_at", Instant.class),
                rs.getObject("issued_at", Instant.class), rs.getObject("not_after", Instant.class), rs.getLong("version"),
                rs.getObject("acme_account_id", Long.class));
    }

    /** The stored ASCII names (punycode for IDNs) as the customer reads them; none before an application. */
    private List<String> names(String identifiers) {
        if (identifiers == null) {
            return List.of();
        }
        return json.readValue(identifiers, NAMES).stream().map(name -> Identifier.restore(name).display()).toList();
    }
}
