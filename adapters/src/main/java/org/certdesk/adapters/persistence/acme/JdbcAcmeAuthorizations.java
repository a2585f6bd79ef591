package org.certdesk.adapters.persistence.acme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.acme.AcmeAccountId;
import org.certdesk.domain.acme.AcmeAuthorization;
import org.certdesk.domain.acme.AcmeAuthorizationId;
import org.certdesk.domain.acme.AcmeAuthorizations;
import org.certdesk.domain.acme.AcmeStatus;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.shared.ConcurrentChangeException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authorizations in {@code acme_authorization}: filterable columns plus the challenges as JSON.
 * An update names the version it was loaded with; a stale one is refused.
 */
@Component
class JdbcAcmeAuthorizations implements AcmeAuthorizations {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcAcmeAuthorizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AcmeAuthorization save(AcmeAuthorization a) {
        String document = json.writeValueAsString(AuthorizationDocument.of(a));
        Instant failedAt = a.status() == AcmeStatus.INVALID ? a.challenges().stream().filter(c -> c.status() == AcmeStatus.INVALID)
                .map(c -> c.validatedAt()).filter(java.util.Objects::nonNull).findFirst().orElse(null) : null;
        if (a.id() == null) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO acme_authorization (tenant_id, account_id, identifier, token, status, expires, failed_at, document, version)
                    VALUES (:tenant, :account, :identifier, :token, :status, :expires, :failed, :doc, 0)""")
                    .param("tenant", a.tenant().value()).param("account", a.account().value())
                    .param("identifier", a.identifier().value()).param("token", a.token()).param("status", a.status().name())
                    .param("expires", Micros.of(a.expires())).param("failed", Micros.of(failedAt)).param("doc", document)
                    .update(keys);
            long id = keys.getKey().longValue();
            return restore(id, a, document, 0);
        }
        int updated = jdbc.sql("""
                UPDATE acme_authorization SET status = :status, expires = :expires, failed_at = :failed, document = :doc,
                    version = version + 1 WHERE id = :id AND version = :version""")
                .param("status", a.status().name()).param("expires", Micros.of(a.expires())).param("failed", Micros.of(failedAt))
                .param("doc", document).param("id", a.id().value()).param("version", a.version()).update();
        if (updated != 1) {
            throw new ConcurrentChangeException();
        }
        return restore(a.id().value(), a, document, a.version() + 1);
    }

    private AcmeAuthorization restore(long id, AcmeAuthorization a, String document, long version) {
        AuthorizationDocument d = json.readValue(document, AuthorizationDocument.class);
        return AcmeAuthorization.restore(new AcmeAuthorizationId(id), a.tenant(), a.account(), a.identifier(), a.token(), a.status(),
                Micros.of(a.expires()), d.toChallenges(), d.toEvidence(a.identifier()), d.toOrder(), version);
    }

    @Override
    public Optional<AcmeAuthorization> find(AcmeAuthorizationId id) {
        return jdbc.sql("SELECT * FROM acme_authorization WHERE id = :id").param("id", id.value()).query(this::row).optional();
    }

    @Override
    public List<AcmeAuthorization> findAll(List<AcmeAuthorizationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<AcmeAuthorization> found = jdbc.sql("SELECT * FROM acme_authorization WHERE id IN (:ids)")
                .param("ids", ids.stream().map(AcmeAuthorizationId::value).toList()).query(this::row).list();
        // in the order's own order, as RFC 8555 7.1.3 lists them
        return ids.stream().flatMap(id -> found.stream().filter(a -> a.id().equals(id)).findFirst().stream()).toList();
    }

    @Override
    public Optional<AcmeAuthorization> findReusable(TenantId tenant, Identifier identifier, Instant at) {
        return jdbc.sql("""
                SELECT * FROM acme_authorization WHERE tenant_id = :t AND identifier = :i AND status = 'VALID' AND expires > :at
                ORDER BY expires DESC LIMIT 1""")
                .param("t", tenant.value()).param("i", identifier.value()).param("at", Micros.of(at))
                .query(this::row).optional().filter(a -> a.isReusableAt(at));
    }

    @Override
    public List<AcmeAuthorization> findProcessing(int limit) {
        return jdbc.sql("""
                SELECT * FROM acme_authorization WHERE status = 'PENDING' AND document LIKE '%"status":"PROCESSING"%'
                ORDER BY id LIMIT :limit""").param("limit", limit).query(this::row).list();
    }

    @Override
    public int countFailedSince(AcmeAccountId account, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM acme_authorization WHERE account_id = :a AND failed_at >= :since")
                .param("a", account.value()).param("since", Micros.of(since)).query(Integer.class).single();
    }

    private AcmeAuthorization row(ResultSet rs, int n) throws SQLException {
        Identifier identifier = Identifier.restore(rs.getString("identifier"));
        AuthorizationDocument d = json.readValue(rs.getString("document"), AuthorizationDocument.class);
        return AcmeAuthorization.restore(new AcmeAuthorizationId(rs.getLong("id")), TenantId.of(rs.getLong("tenant_id")),
                new AcmeAccountId(rs.getLong("account_id")), identifier, rs.getString("token"),
                AcmeStatus.valueOf(rs.getString("status")), rs.getObject("expires", Instant.class), d.toChallenges(),
                d.toEvidence(identifier), d.toOrder(), rs.getLong("version"));
    }
}
