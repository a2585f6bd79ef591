package org.certdesk.adapters.persistence.certificate;

import java.net.IDN;
import java.util.Locale;

import org.certdesk.domain.certificate.CertificateFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The WHERE clause of the certificate list (alias {@code c}): one tenant, optional status, type and domain prefix. */
final class CertificateFilterSql {

    private CertificateFilterSql() {
    }

    static JdbcClient.StatementSpec query(JdbcClient jdbc, CertificateFilter filter, String select, String tail) {
        StringBuilder sql = new StringBuilder(select).append(" WHERE c.tenant_id = :tenant");
        if (filter.status() != null) {
            sql.append(" AND c.status = :status");
        }
        if (filter.type() != null) {
            sql.append(" AND c.validation_type = :type");
        }
        if (filter.domainSearch() != null) {
            // Prefix search on the ASCII names: served by (tenant_id, name) without a table scan.
            sql.append(" AND EXISTS (SELECT 1 FROM certificate_name n WHERE n.tenant_id = :tenant"
                    + " AND n.certificate_id = c.id AND n.name LIKE :prefix)");
        }
        JdbcClient.StatementSpec spec = jdbc.sql(sql.append(tail).toString()).param("tenant", filter.tenant().value());
        if (filter.status() != null) {
            spec = spec.param("status", filter.status().name());
        }
        if (filter.type() != null) {
            spec = spec.param("type", filter.type().name());
        }
        if (filter.domainSearch() != null) {
            spec = spec.param("prefix", likePrefix(asciiSearch(filter.domainSearch())));
        }
        return spec;
    }

    /** The names a domain search matches (alias {@code n}), on the (tenant_id, name) index alone. */
    static JdbcClient.StatementSpec names(JdbcClient jdbc, CertificateFilter filter, String select, String tail) {
        return jdbc.sql(select + " WHERE n.tenant_id = :tenant AND n.name LIKE :prefix" + tail)
                .param("tenant", filter.tenant().value())
                .param("prefix", likePrefix(asciiSearch(filter.domainSearch())));
    }

    /** A search typed in Unicode ("例子.") matches the stored punycode form. */
    private static String asciiSearch(String search) {
        try {
            return IDN.toASCII(search, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAName) {
            return search;
        }
    }

    private static String likePrefix(String search) {
        return search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
