--liquibase formatted sql

--changeset certdesk:017-tenant-slug
-- Each tenant's own DNS label: its part of the demo zone is <slug>.<zone> (issue 14). New tenants
-- get the first free of <label>, <label>-2, ... (TenantSlug). Tenants that exist already get
-- their name's label with their id appended: unique without a search, and never changed later.
ALTER TABLE tenant ADD COLUMN slug VARCHAR(63) NULL;
UPDATE tenant SET slug = CONCAT(
    COALESCE(NULLIF(TRIM(BOTH '-' FROM LEFT(TRIM(BOTH '-' FROM
        REGEXP_REPLACE(LOWER(name), '(?-i)[^a-z0-9]+', '-')), 40)), ''), 'tenant'),
    '-', id);
ALTER TABLE tenant MODIFY slug VARCHAR(63) NOT NULL;
ALTER TABLE tenant ADD CONSTRAINT uq_tenant_slug UNIQUE (slug);
