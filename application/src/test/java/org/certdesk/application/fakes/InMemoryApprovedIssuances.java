package org.certdesk.application.fakes;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.certdesk.application.port.ApprovedIssuances;
import org.certdesk.domain.certificate.CertificateId;

/** Approvals in memory; a rolled-back transaction's writes are dropped, as in the database. No locks: one thread. */
public final class InMemoryApprovedIssuances implements ApprovedIssuances, InMemoryTransactions.Participant {

    private record Entry(CertificateId certificate, int round, Instant approvedAt, Instant resumedAt, Instant issuedAt) {
    }

    private final InMemoryTransactions transactions;
    private Map<String, Entry> committed = new LinkedHashMap<>();
    private Map<String, Entry> working;

    public InMemoryApprovedIssuances(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(CertificateId certificate, int round, Instant approvedAt) {
        writable().putIfAbsent(key(certificate, round), new Entry(certificate, round, approvedAt, null, null));
    }

    @Override
    public boolean lockOpen(CertificateId certificate, int round) {
        Entry entry = readable().get(key(certificate, round));
        return entry != null && entry.issuedAt() == null;
    }

    @Override
    public void close(CertificateId certificate, int round, Instant issuedAt) {
        writable().computeIfPresent(key(certificate, round), (k, e) -> e.issuedAt() != null ? e
                : new Entry(e.certificate(), e.round(), e.approvedAt(), e.resumedAt(), issuedAt));
    }

    @Override
    public void markResumed(CertificateId certificate, int round, Instant at) {
        writable().computeIfPresent(key(certificate, round), (k, e) -> e.issuedAt() != null ? e
                : new Entry(e.certificate(), e.round(), e.approvedAt(), at, null));
    }

    @Override
    public List<Open> openBefore(Instant approvedBefore, int limit) {
        return readable().values().stream().filter(e -> e.issuedAt() == null && e.approvedAt().isBefore(approvedBefore))
                .sorted(Comparator.comparing(Entry::approvedAt)).limit(limit)
                .map(e -> new Open(e.certificate(), e.round(), e.approvedAt())).toList();
    }

    @Override
    public Optional<Instant> resumedAt(CertificateId certificate, int round) {
        return Optional.ofNullable(readable().get(key(certificate, round))).map(Entry::resumedAt);
    }

    /** Open approvals, committed or not. */
    public long openCount() {
        return readable().values().stream().filter(e -> e.issuedAt() == null).count();
    }

    private Map<String, Entry> readable() {
        return working != null ? working : committed;
    }

    private Map<String, Entry> writable() {
        if (!transactions.active()) {
            return committed;
        }
        if (working == null) {
            transactions.enlist(this);
            working = new LinkedHashMap<>(committed);
        }
        return working;
    }

    private static String key(CertificateId certificate, int round) {
        return certificate.value() + "/" + round;
    }

    @Override
    public void commit() {
        committed = working;
        working = null;
    }

    @Override
    public void rollback() {
        working = null;
    }
}
