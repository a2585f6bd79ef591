--liquibase formatted sql

--changeset certdesk:015-mail-language
-- Each tenant's language of notification mails (SPEC "Notifications": "in the user's language"),
-- an IETF tag (en, zh-CN); no row means the configured default, certdesk.mail.locale.
CREATE TABLE mail_language (
    tenant_id  BIGINT       NOT NULL PRIMARY KEY,
    language   VARCHAR(16)  NOT NULL,
    CONSTRAINT fk_mail_language_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
