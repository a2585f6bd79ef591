package org.certdesk.adapters.demo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.certdesk.domain.verification.CaaRecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Address;
import org.xbill.DNS.CAARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedFlags;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSECRecord;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.NameTooLongException;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Answers one DNS query as the authoritative server of the demo zone (RFC 1034 4.3.2, no
 * delegation, no CNAME): records at the name, NODATA or NXDOMAIN with the SOA, an empty answer
 * for the zone's ancestors, REFUSED for anything else. TTL 0, so an edit in the console is seen
 * by the next check.
 *
 * <p>Signed (RFC 4035) for a query with the DO bit: RRSIGs from {@link DemoZoneSigner} on every
 * RRset of the zone, the DNSKEY at the apex, and NSEC records of the zone's current names for
 * NODATA and NXDOMAIN (with the wildcard's denial), computed per answer from the same snapshot
 * of the records as the answer itself.
 */
final class DemoZoneAnswers {

    private static final long TTL = 0;
    private static final int MAX_CHARACTER_STRING = 255;

    private final DemoZone zone;
    private final Name apex;
    private final DemoZoneSigner signer;

    DemoZoneAnswers(DemoZone zone) {
        this.zone = zone;
        try {
            this.apex = Name.fromString(zone.zone() + ".");
        } catch (TextParseException e) {
            throw new IllegalArgumentException("The demo zone name is not a DNS name: " + zone.zone(), e);
        }
        this.signer = new DemoZoneSigner(apex);
    }

    /** The zone's key, a trust anchor for it (DNSKEY in presentation format). */
    String trustAnchor() {
        return signer.dnskey().toString();
    }

    Message answer(Message query) {
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        if (query.getHeader().getFlag(Flags.RD)) {
            response.getHeader().setFlag(Flags.RD);
        }
        response.getHeader().setOpcode(query.getHeader().getOpcode());
        Record question = query.getQuestion();
        if (question == null || query.getHeader().getOpcode() != Opcode.QUERY) {
            response.getHeader().setRcode(question == null ? Rcode.FORMERR : Rcode.NOTIMP);
            return response;
        }
        response.addRecord(question, Section.QUESTION);
        boolean dnssec = wantsDnssec(query);
        Name name = question.getName();
        if (question.getDClass() == DClass.IN && apex.subdomain(name) && !name.equals(apex)) {
            // An ancestor of the apex (e.g. "test."): CAA checking climbs to it (RFC 8659 3), and
            // in the demo this server is the CA's only resolver. .test is not delegated in the
            // root zone (RFC 6761), so it holds no CAA record: say "nothing here", without AA.
            if (dnssec) {
                // An unsigned SOA of that name lets a validator see the answer comes from above
                // the trust anchor (the apex), hence insecure rather than an unproven NODATA.
                response.addRecord(soa(name), Section.AUTHORITY);
            }
            return response;
        }
        if (!name.subdomain(apex) || question.getDClass() != DClass.IN) {
            // Not authoritative and not a recursive resolver: refuse instead of guessing.
            response.getHeader().setRcode(Rcode.REFUSED);
            return response;
        }
        response.getHeader().setFlag(Flags.AA);
        List<DemoRecord> records = zone.list(); // one snapshot: the answer and its NSEC proofs agree
        List<Record> answers = recordsAt(name, question.getType(), records);
        answers.forEach(r -> response.addRecord(r, Section.ANSWER));
        if (answers.isEmpty()) {
            boolean exists = exists(name, records);
            if (!exists) {
                response.getHeader().setRcode(Rcode.NXDOMAIN);
            }
            // RFC 2308: the SOA in the authority section lets resolvers cache the negative answer.
            response.addRecord(soa(apex), Section.AUTHORITY);
            if (dnssec) {
                denialOfExistence(canonical(name), exists, records).forEach(r -> response.addRecord(r, Section.AUTHORITY));
            }
        }
        if (dnssec) {
            signer.signSection(response, Section.ANSWER);
            signer.signSection(response, Section.AUTHORITY);
        }
        return response;
    }

    /** RFC 3225: DNSSEC records only for a query that sets DO, so a plain client sees plain answers. */
    private static boolean wantsDnssec(Message query) {
        OPTRecord opt = query.getOPT();
        return opt != null && (opt.getFlags() & ExtendedFlags.DO) != 0;
    }

    /**
     * RFC 4035 3.1.3: NODATA is proved by the NSEC of the name (or, for an empty non-terminal,
     * the NSEC whose span covers it); NXDOMAIN by the NSEC covering the name and the one covering
     * the wildcard at its closest encloser.
     */
    private List<NSECRecord> denialOfExistence(Name name, boolean exists, List<DemoRecord> records) {
        NavigableMap<Name, Set<Integer>> owners = owners(records);
        Map<Name, NSECRecord> proofs = new LinkedHashMap<>();
        if (exists) {
            Name owner = owners.containsKey(name) ? name : owners.lowerKey(name);
            proofs.put(owner, nsec(owner, owners));
        } else {
            Name covering = owners.lowerKey(name);
            proofs.put(covering, nsec(covering, owners));
            Name closestEncloser = name;
            while (!exists(closestEncloser, records)) {
                closestEncloser = new Name(closestEncloser, 1);
            }
            try {
                Name wildcard = Name.concatenate(Name.fromConstantString("*"), closestEncloser);
                Name wildcardCovering = owners.lowerKey(wildcard);
                proofs.putIfAbsent(wildcardCovering, nsec(wildcardCovering, owners));
            } catch (NameTooLongException e) {
                // no wildcard can exist below a name this long, so there is nothing to deny
            }
        }
        return List.copyOf(proofs.values());
    }

    private static NSECRecord nsec(Name owner, NavigableMap<Name, Set<Integer>> owners) {
        Name next = owners.higherKey(owner) != null ? owners.higherKey(owner) : owners.firstKey();
        Set<Integer> types = new TreeSet<>(owners.get(owner));
        types.add(Type.RRSIG);
        types.add(Type.NSEC);
        return new NSECRecord(owner, DClass.IN, TTL, next, types.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The zone's owner names in canonical order (RFC 4034 6.1, dnsjava's {@link Name#compareTo}) with their types. */
    private NavigableMap<Name, Set<Integer>> owners(List<DemoRecord> records) {
        NavigableMap<Name, Set<Integer>> owners = new TreeMap<>();
        owners.put(apex, new TreeSet<>(List.of(Type.SOA, Type.NS, Type.DNSKEY)));
        for (DemoRecord record : records) {
            owners.computeIfAbsent(Name.fromConstantString(record.name() + "."), n -> new TreeSet<>())
                    .add(Type.value(record.type().name()));
        }
        return owners;
    }

    private static Name canonical(Name name) {
        return Name.fromConstantString(relativeToRoot(name) + ".");
    }

    private List<Record> recordsAt(Name name, int type, List<DemoRecord> records) {
        List<Record> found = new ArrayList<>();
        if (name.equals(apex)) {
            if (type == Type.SOA || type == Type.ANY) {
                found.add(soa(apex));
            }
            if (type == Type.NS || type == Type.ANY) {
                found.add(new NSRecord(apex, DClass.IN, TTL, nameServer()));
            }
            if (type == Type.DNSKEY || type == Type.ANY) {
                found.add(signer.dnskey());
            }
        }
        String wanted = relativeToRoot(name);
        for (DemoRecord record : records) {
            if (record.name().equals(wanted) && (type == Type.ANY || type == Type.value(record.type().name()))) {
                found.add(toRecord(name, record));
            }
        }
        return found;
    }

    /** A name exists if it owns records or has names below it (an empty non-terminal, RFC 8020). */
    private boolean exists(Name name, List<DemoRecord> records) {
        String wanted = relativeToRoot(name);
        return name.equals(apex) || records.stream()
                .anyMatch(r -> r.name().equals(wanted) || r.name().endsWith("." + wanted));
    }

    /** The form {@link DemoRecord} keeps names in: lower case, no trailing dot. */
    private static String relativeToRoot(Name name) {
        return name.toString(true).toLowerCase(Locale.ROOT);
    }

    private static Record toRecord(Name name, DemoRecord record) {
        return switch (record.type()) {
            case TXT -> new TXTRecord(name, DClass.IN, TTL, characterStrings(record.value()));
            case A -> new ARecord(name, DClass.IN, TTL, ipv4(record.value()));
            case CAA -> {
                CaaRecord caa = CaaRecord.parse(record.value()).orElseThrow();
                yield new CAARecord(name, DClass.IN, TTL, caa.flags(), caa.tag(), caa.value());
            }
        };
    }

    /** A TXT value longer than one character-string (255 octets; demo values are ASCII) is split, as zone files do. */
    private static List<String> characterStrings(String value) {
        List<String> strings = new ArrayList<>();
        for (int start = 0; start < value.length(); start += MAX_CHARACTER_STRING) {
            strings.add(value.substring(start, Math.min(value.length(), start + MAX_CHARACTER_STRING)));
        }
        return strings;
    }

    private static InetAddress ipv4(String value) {
        try {
            return InetAddress.getByAddress(Address.toByteArray(value, Address.IPv4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("The demo zone holds an invalid A value: " + value, e);
        }
    }

    private SOARecord soa(Name owner) {
        Name hostmaster = Name.fromConstantString("hostmaster." + apex);
        return new SOARecord(owner, DClass.IN, TTL, nameServer(), hostmaster, 1, 3600, 600, 86400, TTL);
    }

    private Name nameServer() {
        return Name.fromConstantString("ns." + apex);
    }
}
