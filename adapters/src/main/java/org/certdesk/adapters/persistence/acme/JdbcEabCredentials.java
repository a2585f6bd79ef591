package org.certdesk.adapters.persistence.acme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.certdesk.adapters.secret.MasterSecret;
import org.certdesk.adapters.secret.SecretBox;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.acme.AcmeAccountId;
import org.certdesk.domain.acme.EabCredential;
import org.certdesk.domain.acme.EabCredentials;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * EAB credentials in {@code acme_eab_credential}. The HMAC key is sealed under its own
 * derivation of the master secret: a database dump alone cannot bind accounts to a tenant.
 */
@Component
class JdbcEabCredentials implements EabCredentials {

    static final String KEY_PURPOSE = "certdesk/acme-eab-hmac-keys";

    private final JdbcClient jdbc;
    private final SecretBox box;

    JdbcEabCredentials(JdbcClient jdbc, MasterSecret masterSecret) {
        this.jdbc = jdbc;
        this.box = new SecretBox(masterSecret, KEY_PURPOSE);
    }

    @Override
    public void insert(EabCredential c) {
        jdbc.sql("""
                INSERT INTO acme_eab_credential (key_id, tenant_id, sealed_hmac_key, contact_name, contact_email, contact_phone,
                    created_by, created_at, revoked_at, account_id)
                VALUES (:kid, :tenant, :key, :name, :email, :phone, :by, :at, :revoked, :account)""")
                .param("kid", c.keyId()).param("tenant", c.tenant().value()).param("key", box.seal(c.hmacKey()))
                .param("name", c.contact().name()).param("email", c.contact().email().value())
                .param("phone", c.contact().phone().value()).param("by", c.createdBy()).param("at", Micros.of(c.createdAt()))
                .param("revoked", Micros.of(c.revokedAt()))
                .param("account", c.boundAccount() == null ? null : c.boundAccount().value())
                .update();
    }

    @Override
    public void update(EabCredential c) {
        jdbc.sql("UPDATE acme_eab_credential SET revoked_at = :revoked, account_id = :account WHERE key_id = :kid")
                .param("revoked", Micros.of(c.revokedAt()))
                .param("account", c.boundAccount() == null ? null : c.boundAccount().value()).param("kid", c.keyId())
                .update();
    }

    @Override
    public Optional<EabCredential> find(String keyId) {
        return jdbc.sql("SELECT * FROM acme_eab_credential WHERE key_id = :kid").param("kid", keyId).query(this::row).optional();
    }

    @Override
    public List<EabCredential> list(Optional<TenantId> tenant) {
        return tenant.map(t -> jdbc.sql("SELECT * FROM acme_eab_credential WHERE tenant_id = :t ORDER BY created_at DESC")
                        .param("t", t.value()))
                .orElseGet(() -> jdbc.sql("SELECT * FROM acme_eab_credential ORDER BY created_at DESC"))
                .query(this::row).list();
    }

    private EabCredential row(ResultSet rs, int n) throws SQLException {
        long account = rs.getLong("account_id");
        return new EabCredential(rs.getString("key_id"), TenantId.of(rs.getLong("tenant_id")), box.open(rs.getBytes("sealed_hmac_key")),
                new Contact(rs.getString("contact_name"), EmailAddress.parse(rs.getString("contact_email")),
                        PhoneNumber.parse(rs.getString("contact_phone"))),
                rs.getString("created_by"), rs.getObject("created_at", Instant.class), rs.getObject("revoked_at", Instant.class),
                account == 0 ? null : new AcmeAccountId(account));
    }
}
