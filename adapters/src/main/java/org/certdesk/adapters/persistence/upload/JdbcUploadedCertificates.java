package org.certdesk.adapters.persistence.upload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.certdesk.adapters.secret.MasterSecret;
import org.certdesk.adapters.secret.SecretBox;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.upload.UploadedCertificate;
import org.certdesk.domain.upload.UploadedCertificateId;
import org.certdesk.domain.upload.UploadedCertificates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Uploaded certificates per tenant. The private key is sealed before it reaches the table, under
 * its own derivation of the master secret, so a database dump alone does not give it away.
 */
@Component
class JdbcUploadedCertificates implements UploadedCertificates {

    static final String KEY_PURPOSE = "certdesk/uploaded-private-keys";

    private final JdbcClient jdbc;
    private final SecretBox keyBox;

    @Autowired
    JdbcUploadedCertificates(JdbcClient jdbc, MasterSecret masterSecret) {
        this(jdbc, new SecretBox(masterSecret, KEY_PURPOSE));
    }

    JdbcUploadedCertificates(JdbcClient jdbc, SecretBox keyBox) {
        this.jdbc = jdbc;
        this.keyBox = keyBox;
    }

    @Override
    public UploadedCertificate save(UploadedCertificate c, byte[] pkcs8PrivateKey) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO uploaded_certificate (tenant_id, label, common_name, subject_alt_names, issuer, issuer_name, serial_hex, not_before,
                    not_after, sha256_fingerprint, certificate_pem, chain_pem, encrypted_private_key, uploaded_at, uploaded_by)
                VALUES (:tenant, :label, :cn, :sans, :issuer, :issuerName, :serial, :notBefore, :notAfter, :fingerprint, :pem, :chain, :key,
                    :at, :by)""")
                .param("tenant", c.tenant().value()).param("label", c.label()).param("cn", c.commonName())
                .param("sans", String.join("\n", c.subjectAltNames())).param("issuer", c.issuer()).param("issuerName", c.issuerName())
                .param("serial", c.serialHex())
                .param("notBefore", micros(c.notBefore())).param("notAfter", micros(c.notAfter()))
                .param("fingerprint", c.sha256Fingerprint()).param("pem", c.certificatePem()).param("chain", c.chainPem())
                .param("key", keyBox.seal(pkcs8PrivateKey)).param("at", micros(c.uploadedAt())).param("by", c.uploadedBy())
                .update(keys);
        return c.withId(new UploadedCertificateId(keys.getKey().longValue()));
    }

    @Override
    public List<UploadedCertificate> list(TenantId tenant) {
        return jdbc.sql("SELECT * FROM uploaded_certificate WHERE tenant_id = :t ORDER BY not_after, id")
                .param("t", tenant.value()).query(JdbcUploadedCertificates::row).list();
    }

    @Override
    public Optional<UploadedCertificate> find(TenantId tenant, UploadedCertificateId id) {
        return jdbc.sql("SELECT * FROM uploaded_certificate WHERE tenant_id = :t AND id = :id")
                .param("t", tenant.value()).param("id", id.value()).query(JdbcUploadedCertificates::row).optional();
    }

    @Override
    public Optional<UploadedCertificate> findByFingerprint(TenantId tenant, String sha256Fingerprint) {
        return jdbc.sql("SELECT * FROM uploaded_certificate WHERE tenant_id = :t AND sha256_fingerprint = :f")
                .param("t", tenant.value()).param("f", sha256Fingerprint).query(JdbcUploadedCertificates::row).optional();
    }

    @Override
    public Optional<byte[]> privateKey(TenantId tenant, UploadedCertificateId id) {
        return jdbc.sql("SELECT encrypted_private_key FROM uploaded_certificate WHERE tenant_id = :t AND id = :id")
                .param("t", tenant.value()).param("id", id.value())
                .query((rs, n) -> keyBox.open(rs.getBytes(1))).optional();
    }

    @Override
    public boolean delete(TenantId tenant, UploadedCertificateId id) {
        return jdbc.sql("DELETE FROM uploaded_certificate WHERE tenant_id = :t AND id = :id")
                .param("t", tenant.value()).param("id", id.value()).update() == 1;
    }

    private static UploadedCertificate row(ResultSet rs, int n) throws SQLException {
        String sans = rs.getString("subject_alt_names");
        return new UploadedCertificate(new UploadedCertificateId(rs.getLong("id")), TenantId.of(rs.getLong("tenant_id")),
                rs.getString("label"), rs.getString("common_name"), sans.isEmpty() ? List.of() : Arrays.asList(sans.split("\n")),
                rs.getString("issuer"), rs.getString("issuer_name"), rs.getString("serial_hex"), rs.getObject("not_before", Instant.class),
                rs.getObject("not_after", Instant.class), rs.getString("sha256_fingerprint"), rs.getString("certificate_pem"),
                rs.getString("chain_pem"), rs.getObject("uploaded_at", Instant.class), rs.getString("uploaded_by"));
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
