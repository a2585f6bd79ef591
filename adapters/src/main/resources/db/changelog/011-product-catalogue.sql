--liquibase formatted sql

--changeset certdesk:011-product-brand
-- The product catalogue: which brands are sold and what each allows (types and coverages as
-- comma-separated enum names, so a new value needs no schema change).
CREATE TABLE product_brand (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(100) NOT NULL,
    enabled           BOOLEAN      NOT NULL DEFAULT TRUE,
    validation_types  VARCHAR(40)  NOT NULL,
    coverages         VARCHAR(80)  NOT NULL,
    max_name_slots    INT          NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 1,
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT uq_product_brand_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset certdesk:011-product-brand-seed
-- What the Buy dialog offered before the catalogue was data.
INSERT INTO product_brand (name, enabled, validation_types, coverages, max_name_slots, version, created_at) VALUES
    ('CertDesk', TRUE, 'DV,OV,EV', 'SINGLE,WILDCARD,MULTI_DOMAIN', 250, 1, UTC_TIMESTAMP(6)),
    ('CertDesk Trust', TRUE, 'DV,OV,EV', 'SINGLE,WILDCARD,MULTI_DOMAIN', 250, 1, UTC_TIMESTAMP(6));
