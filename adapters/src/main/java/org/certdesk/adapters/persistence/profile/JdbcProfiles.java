package org.certdesk.adapters.persistence.profile;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.certdesk.adapters.persistence.certificate.CertificateDocument.ContactDoc;
import org.certdesk.adapters.persistence.certificate.CertificateDocument.OrganizationDoc;
import org.certdesk.adapters.persistence.certificate.CertificateDocumentMapper;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.profile.CompanyProfile;
import org.certdesk.domain.profile.Profiles;
import org.certdesk.domain.profile.SavedContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Saved contacts and company profiles, stored in the same document form as in applications. */
@Component
class JdbcProfiles implements Profiles {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcProfiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<SavedContact> contacts(TenantId tenant) {
        return jdbc.sql("SELECT id, document FROM saved_contact WHERE tenant_id = :t ORDER BY id")
                .param("t", tenant.value())
                .query((rs, n) -> new SavedContact(rs.getLong("id"), tenant,
                        CertificateDocumentMapper.contact(json.readValue(rs.getString("document"), ContactDoc.class))))
                .list();
    }

    @Override
    public SavedContact save(SavedContact contact) {
        long id = insert("saved_contact", contact.tenant(), json.writeValueAsString(CertificateDocumentMapper.contact(contact.contact())));
        return new SavedContact(id, contact.tenant(), contact.contact());
    }

    @Override
    public List<CompanyProfile> companies(TenantId tenant) {
        return jdbc.sql("SELECT id, document FROM company_profile WHERE tenant_id = :t ORDER BY id")
                .param("t", tenant.value())
                .query((rs, n) -> new CompanyProfile(rs.getLong("id"), tenant,
                        CertificateDocumentMapper.organization(json.readValue(rs.getString("document"), OrganizationDoc.class))))
                .list();
    }

    @Override
    public CompanyProfile save(CompanyProfile company) {
        long id = insert("company_profile", company.tenant(),
                json.writeValueAsString(CertificateDocumentMapper.organization(company.organization())));
        return new CompanyProfile(id, company.tenant(), company.organization());
    }

    @Override
    public boolean update(SavedContact contact) {
        return update("saved_contact", contact.tenant(), contact.id(),
                json.writeValueAsString(CertificateDocumentMapper.contact(contact.contact())));
    }

    @Override
    public boolean update(CompanyProfile company) {
        return update("company_profile", company.tenant(), company.id(),
                json.writeValueAsString(CertificateDocumentMapper.organization(company.organization())));
    }

    @Override
    public boolean deleteContact(TenantId tenant, long id) {
        return delete("saved_contact", tenant, id);
    }

    @Override
    public boolean deleteCompany(TenantId tenant, long id) {
        return delete("company_profile", tenant, id);
    }

    // The tenant is part of every key: an id of another tenant's row changes nothing.
    private boolean update(String table, TenantId tenant, Long id, String document) {
        return id != null && jdbc.sql("UPDATE " + table + " SET document = :d WHERE id = :id AND tenant_id = :t")
                .param("d", document).param("id", id).param("t", tenant.value()).update() == 1;
    }

    private boolean delete(String table, TenantId tenant, long id) {
        return jdbc.sql("DELETE FROM " + table + " WHERE id = :id AND tenant_id = :t")
                .param("id", id).param("t", tenant.value()).update() == 1;
    }

    private long insert(String table, TenantId tenant, String document) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO " + table + " (tenant_id, document, created_at) VALUES (:t, :d, :at)")
                .param("t", tenant.value()).param("d", document).param("at", clock.instant().truncatedTo(ChronoUnit.MICROS))
                .update(keys);
        return keys.getKey().longValue();
    }
}
