--liquibase formatted sql

--changeset certdesk:007-profiles
-- Information Management: a tenant's saved contacts and company profiles, as documents (their
-- fields are validated by the domain's value objects, never queried one by one).
CREATE TABLE saved_contact (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT      NOT NULL,
    document    LONGTEXT    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_saved_contact_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE company_profile (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT      NOT NULL,
    document    LONGTEXT    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_company_profile_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
