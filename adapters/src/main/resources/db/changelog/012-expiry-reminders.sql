--liquibase formatted sql

--changeset certdesk:012-reminder-preference
-- Each tenant's expiry reminder choice (SPEC "Notifications"); no row means the default, 30 days
-- before notAfter, repeated weekly.
CREATE TABLE reminder_preference (
    tenant_id    BIGINT      NOT NULL PRIMARY KEY,
    lead_days    INT         NOT NULL,
    repeat_days  INT         NOT NULL,
    CONSTRAINT fk_reminder_preference_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset certdesk:012-expiry-reminder
-- The last reminder per certificate and notAfter, so one repeats only after the interval and a
-- certificate issued again starts afresh; stopped_at once it was renewed.
CREATE TABLE expiry_reminder (
    certificate_id  BIGINT      NOT NULL,
    not_after       DATETIME(6) NOT NULL,
    last_sent_at    DATETIME(6) NULL,
    stopped_at      DATETIME(6) NULL,
    PRIMARY KEY (certificate_id, not_after),
    CONSTRAINT fk_expiry_reminder_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
