--liquibase formatted sql

-- The classic ACME profile now gets the policy's default validity, one day under the BR 6.3.2
-- maximum (its SHOULD NOT limit), no longer the maximum itself. A description an admin edited stays.
--changeset certdesk:021-classic-profile-validity
UPDATE acme_profile
SET description = 'The default validity of the day: one day under the Baseline Requirements maximum (BR 6.3.2).'
WHERE name = 'classic' AND description = 'The longest validity the Baseline Requirements allow today (BR 6.3.2).';
--rollback UPDATE acme_profile SET description = 'The longest validity the Baseline Requirements allow today (BR 6.3.2).' WHERE name = 'classic' AND description = 'The default validity of the day: one day under the Baseline Requirements maximum (BR 6.3.2).';
