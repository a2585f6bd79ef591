--liquibase formatted sql

-- The embedded default's Outbox, shared by every console node (issue 17): each node copies the
-- mail its in-process SMTP server received here, every node's Outbox reads all of it. 30 days kept.
--changeset certdesk:036-captured-mail
CREATE TABLE captured_mail (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_id    VARCHAR(255)  NOT NULL,
    received_at   DATETIME(6)   NOT NULL,
    to_addresses  VARCHAR(2000) NOT NULL,
    subject       VARCHAR(1000) NULL,
    text_body     MEDIUMTEXT    NULL,
    html_body     MEDIUMTEXT    NULL,
    CONSTRAINT uq_captured_mail_message UNIQUE (message_id),
    KEY ix_captured_mail_received (received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE captured_mail;
