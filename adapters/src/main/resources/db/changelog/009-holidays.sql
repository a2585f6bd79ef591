--liquibase formatted sql

--changeset certdesk:009-holidays
-- The business calendar's statutory holidays, edited by the CA admin. Seeded with the public
-- holiday schedule of the People's Republic of China (the seed product's CA) as published by the
-- State Council for 2026, and the same festivals on their 2027 dates; 2027's official notice is
-- entered by the admin. Weekend days inside a holiday period are listed as published (they are
-- never business days anyway); make-up working weekends are not modelled.
CREATE TABLE holiday (
    holiday_date DATE         NOT NULL PRIMARY KEY,
    name         VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO holiday (holiday_date, name) VALUES
    ('2026-01-01', 'New Year''s Day'),
    ('2026-01-02', 'New Year''s Day'),
    ('2026-01-03', 'New Year''s Day'),
    ('2026-02-15', 'Spring Festival'),
    ('2026-02-16', 'Spring Festival'),
    ('2026-02-17', 'Spring Festival'),
    ('2026-02-18', 'Spring Festival'),
    ('2026-02-19', 'Spring Festival'),
    ('2026-02-20', 'Spring Festival'),
    ('2026-02-21', 'Spring Festival'),
    ('2026-02-22', 'Spring Festival'),
    ('2026-02-23', 'Spring Festival'),
    ('2026-04-04', 'Qingming Festival'),
    ('2026-04-05', 'Qingming Festival'),
    ('2026-04-06', 'Qingming Festival'),
    ('2026-05-01', 'Labour Day'),
    ('2026-05-02', 'Labour Day'),
    ('2026-05-03', 'Labour Day'),
    ('2026-05-04', 'Labour Day'),
    ('2026-05-05', 'Labour Day'),
    ('2026-06-19', 'Dragon Boat Festival'),
    ('2026-06-20', 'Dragon Boat Festival'),
    ('2026-06-21', 'Dragon Boat Festival'),
    ('2026-09-25', 'Mid-Autumn Festival'),
    ('2026-09-26', 'Mid-Autumn Festival'),
    ('2026-09-27', 'Mid-Autumn Festival'),
    ('2026-10-01', 'National Day'),
    ('2026-10-02', 'National Day'),
    ('2026-10-03', 'National Day'),
    ('2026-10-04', 'National Day'),
    ('2026-10-05', 'National Day'),
    ('2026-10-06', 'National Day'),
    ('2026-10-07', 'National Day'),
    ('2027-01-01', 'New Year''s Day'),
    ('2027-02-05', 'Spring Festival'),
    ('2027-02-06', 'Spring Festival'),
    ('2027-02-07', 'Spring Festival'),
    ('2027-02-08', 'Spring Festival'),
    ('2027-02-09', 'Spring Festival'),
    ('2027-02-10', 'Spring Festival'),
    ('2027-02-11', 'Spring Festival'),
    ('2027-04-05', 'Qingming Festival'),
    ('2027-05-01', 'Labour Day'),
    ('2027-05-02', 'Labour Day'),
    ('2027-05-03', 'Labour Day'),
    ('2027-05-04', 'Labour Day'),
    ('2027-05-05', 'Labour Day'),
    ('2027-06-09', 'Dragon Boat Festival'),
    ('2027-09-15', 'Mid-Autumn Festival'),
    ('2027-10-01', 'National Day'),
    ('2027-10-02', 'National Day'),
    ('2027-10-03', 'National Day'),
    ('2027-10-04', 'National Day'),
    ('2027-10-05', 'National Day'),
    ('2027-10-06', 'National Day'),
    ('2027-10-07', 'National Day');
