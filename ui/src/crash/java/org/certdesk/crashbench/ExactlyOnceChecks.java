package org.certdesk.crashbench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.certdesk.domain.certificate.CertificateId;

/**
 * The end state, read from the database and from the CA's issuance journal (what the CA handed
 * out, written outside the database): counts by name, and one line per violation.
 */
final class ExactlyOnceChecks {

    final Map<String, Long> counts = new LinkedHashMap<>();
    final List<String> violations = new ArrayList<>();

    static ExactlyOnceChecks run(Connection db, List<CertificateId> approved, Path journal) throws SQLException, IOException {
        ExactlyOnceChecks checks = new ExactlyOnceChecks();
        checks.check(db, approved, journal);
        return checks;
    }

    private void check(Connection db, List<CertificateId> approved, Path journal) throws SQLException, IOException {
        String ids = approved.stream().map(id -> String.valueOf(id.value())).collect(Collectors.joining(","));
        counts.put("approved applications", (long) approved.size());

        // Every approved application: issued, with exactly one certificate the CA recorded, the same one.
        Map<Long, String> status = map(db, "SELECT id, status FROM certificate WHERE id IN (" + ids + ")");
        Map<Long, String> serialOfCertificate = map(db,
                "SELECT id, JSON_VALUE(document, '$.issued.serialHex') FROM certificate WHERE id IN (" + ids + ")");
        Map<Long, List<String>> caRecords = multimap(db, "SELECT certificate_id, serial_hex FROM issued_certificate WHERE certificate_id IN ("
                + ids + ")");
        long issued = 0;
        long moreThanOne = 0;
        for (CertificateId id : approved) {
            long key = id.value();
            List<String> records = caRecords.getOrDefault(key, List.of());
            if ("ISSUED".equals(status.get(key))) {
                issued++;
            } else {
                violations.add("certificate " + key + " is " + status.get(key) + ", not ISSUED");
            }
            if (records.size() != 1) {
                violations.add("certificate " + key + " has " + records.size() + " CA records: " + records);
            }
            if (records.size() > 1) {
                moreThanOne += records.size() - 1;
            }
            if (records.size() == 1 && !records.getFirst().equals(serialOfCertificate.get(key))) {
                violations.add("certificate " + key + " shows serial " + serialOfCertificate.get(key) + ", the CA recorded " + records);
            }
        }
        counts.put("issued", issued);
        counts.put("duplicates (extra CA certificates for one application)", moreThanOne);

        // No serial twice, in the CA's records or among the certificates.
        long duplicateSerials = scalar(db, "SELECT COUNT(*) FROM (SELECT serial_hex FROM issued_certificate GROUP BY serial_hex HAVING COUNT(*) > 1) d")
                + scalar(db, "SELECT COUNT(*) FROM (SELECT JSON_VALUE(document, '$.issued.serialHex') s FROM certificate"
                + " WHERE JSON_VALUE(document, '$.issued.serialHex') IS NOT NULL GROUP BY s HAVING COUNT(*) > 1) d");
        counts.put("serial numbers appearing twice", duplicateSerials);
        if (duplicateSerials > 0) {
            violations.add(duplicateSerials + " serial number(s) appear twice");
        }

        // Every certificate the CA returned (the journal, fsync'ed after the CA's commit) is stored, for its application.
        Map<Long, Set<String>> journaled = new HashMap<>();
        for (String line : ConsoleProcess.journalLines(journal)) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2) {
                journaled.computeIfAbsent(Long.parseLong(parts[0]), k -> new HashSet<>()).add(parts[1]);
            }
        }
        Map<String, Long> storedSerials = inverse(db, "SELECT serial_hex, certificate_id FROM issued_certificate");
        long lost = 0;
        long returned = 0;
        for (var entry : journaled.entrySet()) {
            returned += entry.getValue().size();
            if (entry.getValue().size() > 1) {
                violations.add("the CA returned " + entry.getValue().size() + " certificates for application " + entry.getKey());
            }
            for (String serial : entry.getValue()) {
                if (!entry.getKey().equals(storedSerials.get(serial))) {
                    lost++;
                    violations.add("the CA returned " + serial + " for application " + entry.getKey() + "; stored: " + storedSerials.get(serial));
                }
            }
        }
        counts.put("certificates the CA returned (journal)", returned);
        counts.put("lost (returned, not stored)", lost);
        long unjournaled = approved.stream().filter(id -> !journaled.containsKey(id.value())).count();
        if (unjournaled > 0) {
            // A kill between the CA's commit and the journal's fsync: stored, not lost; said, not hidden.
            counts.put("stored but not in the journal (killed between commit and fsync)", unjournaled);
        }

        // Nothing stuck: no open approval, no application still waiting.
        long open = scalar(db, "SELECT COUNT(*) FROM approved_issuance WHERE issued_at IS NULL AND certificate_id IN (" + ids + ")");
        counts.put("open approvals (stuck)", open);
        if (open > 0) {
            violations.add(open + " approval(s) still open");
        }
        counts.put("issuances finished by the restart sweep", scalar(db,
                "SELECT COUNT(*) FROM approved_issuance WHERE resumed_at IS NOT NULL AND certificate_id IN (" + ids + ")"));

        // The audit log: one issuance entry per certificate.
        Map<Long, String> auditCounts = map(db, "SELECT certificate_id, COUNT(*) FROM audit_entry WHERE action = 'Certificate issued'"
                + " AND certificate_id IN (" + ids + ") GROUP BY certificate_id");
        long audited = 0;
        for (CertificateId id : approved) {
            String n = auditCounts.get(id.value());
            if (!"1".equals(n)) {
                violations.add("certificate " + id.value() + " has " + (n == null ? 0 : n) + " 'Certificate issued' audit entries");
            } else {
                audited++;
            }
        }
        counts.put("certificates with exactly one issuance audit entry", audited);

        checkCrls(db);
    }

    /** Each stored CRL is signed by its CA and lists exactly the CA's revoked, unexpired leaves. */
    private void checkCrls(Connection db) throws SQLException {
        long checked = 0;
        try (PreparedStatement select = db.prepareStatement("""
                SELECT l.issuer_id, l.crl_der, c.certificate_pem, l.this_update FROM ca_crl l JOIN ca_certificate c ON c.id = l.issuer_id""");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String issuer = rs.getString(1);
                try {
                    CertificateFactory x509 = CertificateFactory.getInstance("X.509");
                    X509CRL crl = (X509CRL) x509.generateCRL(new ByteArrayInputStream(rs.getBytes(2)));
                    X509Certificate ca = (X509Certificate) x509.generateCertificate(new ByteArrayInputStream(rs.getString(3).getBytes()));
                    crl.verify(ca.getPublicKey());
                    Set<String> listed = crl.getRevokedCertificates() == null ? Set.of() : crl.getRevokedCertificates().stream()
                            .map(X509CRLEntry::getSerialNumber).map(s -> s.toString(16)).collect(Collectors.toSet());
                    Set<String> revoked = new HashSet<>();
                    try (PreparedStatement rows = db.prepareStatement("SELECT serial_hex FROM issued_certificate WHERE issuer_id = ?"
                            + " AND revoked_at IS NOT NULL AND revoked_at <= ? AND not_after >= ?")) {
                        rows.setString(1, issuer);
                        rows.setTimestamp(2, rs.getTimestamp(4));
                        rows.setTimestamp(3, rs.getTimestamp(4));
                        try (ResultSet r = rows.executeQuery()) {
                            while (r.next()) {
                                revoked.add(new java.math.BigInteger(r.getString(1), 16).toString(16));
                            }
                        }
                    }
                    if (!listed.containsAll(revoked)) {
                        violations.add("CRL of " + issuer + " misses revoked serials: " + difference(revoked, listed));
                    }
                    Set<String> allOfIssuer = new HashSet<>();
                    try (PreparedStatement rows = db.prepareStatement("SELECT serial_hex FROM issued_certificate WHERE issuer_id = ? AND revoked_at IS NULL")) {
                        rows.setString(1, issuer);
                        try (ResultSet r = rows.executeQuery()) {
                            while (r.next()) {
                                allOfIssuer.add(new java.math.BigInteger(r.getString(1), 16).toString(16));
                            }
                        }
                    }
                    allOfIssuer.retainAll(listed);
                    if (!allOfIssuer.isEmpty()) {
                        violations.add("CRL of " + issuer + " lists serials that are not revoked: " + allOfIssuer);
                    }
                    checked++;
                } catch (Exception unreadable) {
                    violations.add("CRL of " + issuer + " does not verify: " + unreadable);
                }
            }
        }
        counts.put("CRLs checked (signature, entries = revoked leaves)", checked);
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static long scalar(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<Long, String> map(Connection db, String sql) throws SQLException {
        Map<Long, String> map = new HashMap<>();
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                map.put(rs.getLong(1), rs.getString(2));
            }
        }
        return map;
    }

    private static Map<Long, List<String>> multimap(Connection db, String sql) throws SQLException {
        Map<Long, List<String>> map = new HashMap<>();
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return map;
    }

    private static Map<String, Long> inverse(Connection db, String sql) throws SQLException {
        Map<String, Long> map = new HashMap<>();
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                map.put(rs.getString(1), rs.getLong(2));
            }
        }
        return map;
    }
}
