-- Data generator for the grid benchmark: 1,000,000 certificates for one tenant, made inside
-- MariaDB from its SEQUENCE engine (seq_1_to_1000000) in two INSERT ... SELECT statements.
-- Parameter: @tenant (the tenant id). Mix: 40% Issued, 30% Pending Application, 20% Verifying,
-- 10% Validation Failed. Every applied certificate binds www.host<n>.example.com.
-- Run by hand: mariadb certdesk -e "SET @tenant = 3; SOURCE one-million-certificates.sql"
INSERT INTO certificate (tenant_id, brand, validation_type, coverage, name_slots, combined, status, primary_name,
                         purchased_at, submitted_at, not_after, not_before, round_no, document, version)
SELECT @tenant, 'CertDesk', 'DV', 'SINGLE', 1, FALSE,
       CASE WHEN seq % 10 < 4 THEN 'ISSUED' WHEN seq % 10 < 7 THEN 'PENDING_APPLICATION'
            WHEN seq % 10 < 9 THEN 'VERIFYING' ELSE 'VALIDATION_FAILED' END,
       IF(seq % 10 BETWEEN 4 AND 6, NULL, CONCAT('www.host', seq, '.example.com')),
       TIMESTAMP('2026-01-01') + INTERVAL seq SECOND,
       IF(seq % 10 BETWEEN 4 AND 6, NULL, TIMESTAMP('2026-01-01') + INTERVAL seq SECOND),
       IF(seq % 10 < 4, TIMESTAMP('2026-06-01') + INTERVAL seq SECOND, NULL),
       IF(seq % 10 < 4, TIMESTAMP('2026-01-02') + INTERVAL seq SECOND, NULL),
       IF(seq % 10 BETWEEN 4 AND 6, 0, 1),
       CONCAT('{"submittedAt":', IF(seq % 10 BETWEEN 4 AND 6, 'null', '"2026-01-01T00:00:00Z"'),
              ',"application":', IF(seq % 10 BETWEEN 4 AND 6, 'null', CONCAT(
                  '{"identifiers":["www.host', seq, '.example.com"],"csrKind":"SYSTEM_GENERATED","keyAlgorithm":"EC_P256",',
                  '"csrPem":null,"contact":{"name":"Bench","email":"bench@example.com","phone":"+8613800138000"},',
                  '"organization":null,"ev":null,"verificationMethod":"DNS_TXT"}')),
              ',"verifications":[],"history":[],"failureCause":', IF(seq % 10 = 9, '"Generated for the benchmark."', 'null'),
              ',"issued":', IF(seq % 10 < 4, CONCAT('{"serialHex":"', LPAD(HEX(seq), 32, '0'),
                  '","notBefore":"2026-01-02T00:00:00Z","notAfter":"2026-06-01T00:00:00Z"}'), 'null'),
              ',"revocation":null}'),
       0
FROM seq_1_to_1000000;

INSERT INTO certificate_name (certificate_id, tenant_id, name)
SELECT id, tenant_id, primary_name FROM certificate WHERE tenant_id = @tenant AND primary_name IS NOT NULL;
