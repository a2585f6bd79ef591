--liquibase formatted sql

-- The remote perspectives that corroborated a validation (BR 3.2.2.9), as the evidence ledger shows
-- them: their names in one line, from the passing attempt. Empty for validations made before
-- corroboration, and for evidence taken over from ACME.
--changeset certdesk:033-validation-corroborated-by
ALTER TABLE domain_validation ADD COLUMN corroborated_by VARCHAR(500) NULL;
--rollback ALTER TABLE domain_validation DROP COLUMN corroborated_by;
