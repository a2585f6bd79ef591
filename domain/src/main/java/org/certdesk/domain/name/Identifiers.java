package org.certdesk.domain.name;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;

/** The names bound to one application, in the order given, without duplicates. */
public final class Identifiers implements Iterable<Identifier> {

    /** Room for the catalogue's 250 names of 253 characters, one a line; more is a wrong paste. */
    public static final int MAX_TEXT_LENGTH = 64 * 1024;

    private final List<Identifier> items;

    private Identifiers(List<Identifier> items) {
        this.items = List.copyOf(items);
    }

    public static Identifiers of(List<? extends Identifier> identifiers) {
        if (identifiers == null || identifiers.isEmpty()) {
            throw new DomainException(Refusal.of("identifiers.required", FieldName.NAMES));
        }
        Set<Identifier> seen = new LinkedHashSet<>();
        for (Identifier identifier : identifiers) {
            if (!seen.add(identifier)) {
                throw new DomainException(Refusal.of("identifiers.duplicate", identifier.display(), FieldName.NAMES));
            }
        }
        return new Identifiers(new ArrayList<>(seen));
    }

    public static Identifiers of(Identifier... identifiers) {
        return of(Arrays.asList(identifiers));
    }

    /** Parses the Apply panel's text area: one name or address per line, blank lines ignored. */
    public static Identifiers parseLines(String text) {
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new DomainException(Refusal.of("identifiers.tooLong", MAX_TEXT_LENGTH / 1024, text.length() / 1024));
        }
        List<Identifier> parsed = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (!line.isBlank()) {
                parsed.add(Identifier.parse(line));
            }
        }
        return of(parsed);
    }

    public List<Identifier> asList() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public Identifier first() {
        return items.get(0);
    }

    public boolean contains(Identifier identifier) {
        return items.contains(identifier);
    }

    public long wildcardCount() {
        return items.stream().filter(Identifier::isWildcard).count();
    }

    public boolean hasWildcard() {
        return wildcardCount() > 0;
    }

    public boolean hasIpAddress() {
        return items.stream().anyMatch(IpAddress.class::isInstance);
    }

    public List<DomainName> domainNames() {
        return items.stream().filter(DomainName.class::isInstance).map(DomainName.class::cast).toList();
    }

    @Override
    public Iterator<Identifier> iterator() {
        return items.iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Identifiers other && items.equals(other.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return items.toString();
    }
}
