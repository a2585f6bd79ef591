package org.certdesk.adapters.persistence.acme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeAccountId;
import org.certdesk.domain.acme.AcmeAccountStatus;
import org.certdesk.domain.acme.AcmeAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** ACME accounts in {@code acme_account}; the unique thumbprint keeps one account per key. */
@Component
class JdbcAcmeAccounts implements AcmeAccounts {

    private final JdbcClient jdbc;

    JdbcAcmeAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AcmeAccount save(AcmeAccount a) {
        if (a.id() == null) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO acme_account (tenant_id, key_thumbprint, jwk, contacts, status, eab_key_id, created_at)
                    VALUES (:tenant, :thumbprint, :jwk, :contacts, :status, :eab, :created)""")
                    .param("tenant", a.tenant().value()).param("thumbprint", a.keyThumbprint()).param("jwk", a.jwkJson())
                    .param("contacts", String.join("\n", a.contacts())).param("status", a.status().name())
                    .param("eab", a.eabKeyId()).param("created", Micros.of(a.createdAt()))
                    .update(keys);
            return a.withId(new AcmeAccountId(keys.getKey().longValue()));
        }
        jdbc.sql("""
                UPDATE acme_account SET key_thumbprint = :thumbprint, jwk = :jwk, contacts = :contacts, status = :status
                WHERE id = :id""")
                .param("thumbprint", a.keyThumbprint()).param("jwk", a.jwkJson()).param("contacts", String.join("\n", a.contacts()))
                .param("status", a.status().name()).param("id", a.id().value())
                .update();
        return a;
    }

    @Override
    public Optional<AcmeAccount> find(AcmeAccountId id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id.value()).query(JdbcAcmeAccounts::row).optional();
    }

    @Override
    public Optional<AcmeAccount> findByThumbprint(String keyThumbprint) {
        return jdbc.sql(SELECT + " WHERE a.key_thumbprint = :t").param("t", keyThumbprint)
                .query(JdbcAcmeAccounts::row).optional();
    }

    @Override
    public List<AcmeAccount> list(Optional<TenantId> tenant) {
        return tenant.map(t -> jdbc.sql(SELECT + " WHERE a.tenant_id = :t ORDER BY a.created_at DESC, a.id DESC")
                        .param("t", t.value()))
                .orElseGet(() -> jdbc.sql(SELECT + " ORDER BY a.created_at DESC, a.id DESC"))
                .query(JdbcAcmeAccounts::row).list();
    }

    /** The account with the time of its latest order, from the orders themselves. */
    private static final String SELECT = """
            SELECT a.*, (SELECT MAX(o.created_at) FROM acme_order o WHERE o.account_id = a.id) AS latest_order_at
            FROM acme_account a""";

    private static AcmeAccount row(ResultSet rs, int n) throws SQLException {
        String contacts = rs.getString("contacts");
        return new AcmeAccount(new AcmeAccountId(rs.getLong("id")), TenantId.of(rs.getLong("tenant_id")),
                rs.getString("key_thumbprint"), rs.getString("jwk"),
                contacts.isEmpty() ? List.of() : Arrays.asList(contacts.split("\n")),
                AcmeAccountStatus.valueOf(rs.getString("status")), rs.getString("eab_key_id"),
                rs.getObject("created_at", Instant.class), rs.getObject("latest_order_at", Instant.class));
    }
}
