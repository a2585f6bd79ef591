package org.certdesk.application.fakes;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.shared.ConcurrentChangeException;

/**
 * Certificates in memory with the adapter's contract: a save names the version it loaded and a
 * stale one is refused; writes become visible when the transaction commits.
 */
public final class InMemoryCertificates implements Certificates, InMemoryTransactions.Participant {

    private final InMemoryTransactions transactions;
    private final Map<Long, Certificate.Snapshot> committed = new HashMap<>();
    private final Map<Long, Certificate.Snapshot> pending = new HashMap<>();
    private long nextId = 1;

    public InMemoryCertificates(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Certificate save(Certificate certificate) {
        Certificate.Snapshot s = certificate.snapshot();
        long id;
        long version;
        if (s.id() == null) {
            id = nextId++;
            version = 0;
        } else {
            id = s.id().value();
            Certificate.Snapshot current = current(id).orElseThrow(ConcurrentChangeException::new);
            if (current.version() != s.version()) {
                throw new ConcurrentChangeException();
            }
            version = s.version() + 1;
        }
        Certificate.Snapshot stored = new Certificate.Snapshot(CertificateId.of(id), s.tenant(), s.product(), s.purchasedAt(),
                s.status(), s.application(), s.round(), s.submittedAt(), s.verifications(), s.history(), s.failureCause(),
                s.issued(), s.revocation(), version);
        write(id, stored);
        return Certificate.restore(stored);
    }

    private void write(long id, Certificate.Snapshot snapshot) {
        if (transactions.active()) {
            transactions.enlist(this);
            pending.put(id, snapshot);
        } else {
            committed.put(id, snapshot);
        }
    }

    private Optional<Certificate.Snapshot> current(long id) {
        return Optional.ofNullable(pending.containsKey(id) ? pending.get(id) : committed.get(id));
    }

    private Stream<Certificate> all() {
        Map<Long, Certificate.Snapshot> view = new HashMap<>(committed);
        view.putAll(pending);
        return view.values().stream().filter(java.util.Objects::nonNull).map(Certificate::restore);
    }

    @Override
    public void commit() {
        pending.forEach((id, snapshot) -> {
            if (snapshot == null) {
                committed.remove(id);
            } else {
                committed.put(id, snapshot);
            }
        });
        pending.clear();
    }

    @Override
    public void rollback() {
        pending.clear();
    }

    @Override
    public Optional<Certificate> findById(TenantId tenant, CertificateId id) {
        return findAnyById(id).filter(c -> c.tenant().equals(tenant));
    }

    @Override
    public void deleteUnused(Certificate certificate) {
        if (certificate.round() != 0) {
            throw new ConcurrentChangeException();
        }
        transactions.enlist(this);
        pending.put(certificate.id().value(), null);
    }

    @Override
    public Optional<Certificate> findAnyById(CertificateId id) {
        return current(id.value()).map(Certificate::restore);
    }

    @Override
    public List<Certificate> findWithName(TenantId tenant, String identifierValue, int limit) {
        return all().filter(c -> c.tenant().equals(tenant))
                .filter(c -> c.application().map(a -> a.identifiers().asList().stream().anyMatch(i -> i.value().equals(identifierValue)))
                        .orElse(false))
                .sorted(Comparator.comparing((Certificate c) -> c.id().value()).reversed()).limit(limit).toList();
    }

    @Override
    public Map<CertificateStatus, Long> countByStatus(TenantId tenant) {
        return all().filter(c -> c.tenant().equals(tenant))
                .collect(Collectors.groupingBy(Certificate::status, () -> new EnumMap<>(CertificateStatus.class), Collectors.counting()));
    }

    @Override
    public List<Certificate> issuedExpiringBetween(TenantId tenant, Instant from, Instant to, int limit) {
        return issued(c -> c.tenant().equals(tenant) && !notAfter(c).isBefore(from) && notAfter(c).isBefore(to))
                .sorted(Comparator.comparing(InMemoryCertificates::notAfter)).limit(limit).toList();
    }

    @Override
    public Map<YearMonth, Long> issuedPerMonth(TenantId tenant, Instant since) {
        return all().filter(c -> c.tenant().equals(tenant) && c.issued().isPresent() && !c.issued().get().notBefore().isBefore(since))
                .collect(Collectors.groupingBy(c -> YearMonth.from(c.issued().get().notBefore().atZone(ZoneOffset.UTC)), TreeMap::new,
                        Collectors.counting()));
    }

    @Override
    public List<Certificate> findVerifyingSubmittedBefore(Instant cutoff, int limit) {
        return all().filter(c -> c.status() == CertificateStatus.VERIFYING && c.product().type().validatesOrganization()
                && c.submittedAt().map(at -> at.isBefore(cutoff)).orElse(false)).limit(limit).toList();
    }

    @Override
    public List<CertificateId> verifying(int limit) {
        return all().filter(c -> c.status() == CertificateStatus.VERIFYING)
                .sorted(Comparator.comparing(c -> c.submittedAt().orElse(Instant.MIN))).limit(limit).map(Certificate::id).toList();
    }

    @Override
    public List<Certificate> findIssuedExpiredBefore(Instant instant, int limit) {
        return issued(c -> notAfter(c).isBefore(instant)).limit(limit).toList();
    }

    private Stream<Certificate> issued(Predicate<Certificate> filter) {
        return all().filter(c -> c.status() == CertificateStatus.ISSUED).filter(filter);
    }

    private static Instant notAfter(Certificate certificate) {
        return certificate.issued().orElseThrow().notAfter();
    }
}
