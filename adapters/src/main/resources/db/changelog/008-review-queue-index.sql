--liquibase formatted sql

--changeset certdesk:008-review-queue-index
-- The reviewers' queue (OV/EV still Verifying, oldest first) without scanning every Verifying
-- DV application: found slow with a million certificates in one tenant.
CREATE INDEX ix_certificate_review_queue ON certificate (status, validation_type, submitted_at, id);
