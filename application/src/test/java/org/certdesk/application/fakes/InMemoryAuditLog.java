package org.certdesk.application.fakes;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.audit.AuditQuery;
import org.certdesk.domain.certificate.CertificateId;

/** The audit log in memory; entries of a rolled-back transaction are dropped, as in the database. */
public final class InMemoryAuditLog implements AuditLog, InMemoryTransactions.Participant {

    private final InMemoryTransactions transactions;
    private final List<AuditEntry> committed = new ArrayList<>();
    private final List<AuditEntry> pending = new ArrayList<>();

    public InMemoryAuditLog(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(AuditEntry entry) {
        if (transactions.active()) {
            transactions.enlist(this);
            pending.add(entry);
        } else {
            committed.add(entry);
        }
    }

    @Override
    public List<AuditEntry> forCertificate(CertificateId certificate) {
        return all().stream().filter(e -> certificate.equals(e.certificate())).toList();
    }

    @Override
    public List<AuditEntry> search(AuditQuery query) {
        return all().stream()
                .filter(e -> query.certificate() == null || query.certificate().equals(e.certificate()))
                .filter(e -> query.actor() == null || query.actor().equals(e.actor()))
                .filter(e -> query.from() == null || !e.at().atZone(ZoneOffset.UTC).toLocalDate().isBefore(query.from()))
                .filter(e -> query.to() == null || !e.at().atZone(ZoneOffset.UTC).toLocalDate().isAfter(query.to()))
                .sorted(Comparator.comparing(AuditEntry::at).reversed()).limit(query.limit()).toList();
    }

    private List<AuditEntry> all() {
        List<AuditEntry> all = new ArrayList<>(committed);
        all.addAll(pending);
        return all;
    }

    @Override
    public void commit() {
        committed.addAll(pending);
        pending.clear();
    }

    @Override
    public void rollback() {
        pending.clear();
    }
}
