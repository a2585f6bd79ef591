package org.certdesk.adapters.demo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.certdesk.domain.verification.CaaRecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Address;
import org.xbill.DNS.CAARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
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
 */
final class DemoZoneAnswers {

    private static final long TTL = 0;
    private static final int MAX_CHARACTER_STRING = 255;

    private final DemoZone zone;
    private final Name apex;

    DemoZoneAnswers(DemoZone zone) {
        this.zone = zone;
        try {
            this.apex = Name.fromString(zone.zone() + ".");
        } catch (TextParseException e) {
            throw new IllegalArgumentException("The demo zone name is not a DNS name: " + zone.zone(), e);
        }
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
        Name name = question.getName();
        if (question.getDClass() == DClass.IN && apex.subdomain(name) && !name.equals(apex)) {
            // An ancestor of the apex (e.g. "test."): CAA checking climbs to it (RFC 8659 3), and
            // in the demo this server is the CA's only resolver. .test is not delegated in the
            // root zone (RFC 6761), so it holds no CAA record: say "nothing here", without AA.
            return response;
        }
        if (!name.subdomain(apex) || question.getDClass() != DClass.IN) {
            // Not authoritative and not a recursive resolver: refuse instead of guessing.
            response.getHeader().setRcode(Rcode.REFUSED);
            return response;
        }
        response.getHeader().setFlag(Flags.AA);
        List<Record> answers = recordsAt(name, question.getType());
        answers.forEach(r -> response.addRecord(r, Section.ANSWER));
        if (answers.isEmpty()) {
            if (!exists(name)) {
                response.getHeader().setRcode(Rcode.NXDOMAIN);
            }
            // RFC 2308: the SOA in the authority section lets resolvers cache the negative answer.
            response.addRecord(soa(), Section.AUTHORITY);
        }
        return response;
    }

    private List<Record> recordsAt(Name name, int type) {
        List<Record> found = new ArrayList<>();
        if (name.equals(apex)) {
            if (type == Type.SOA || type == Type.ANY) {
                found.add(soa());
            }
            if (type == Type.NS || type == Type.ANY) {
                found.add(new NSRecord(apex, DClass.IN, TTL, nameServer()));
            }
        }
        String wanted = relativeToRoot(name);
        for (DemoRecord record : zone.list()) {
            if (record.name().equals(wanted) && (type == Type.ANY || type == Type.value(record.type().name()))) {
                found.add(toRecord(name, record));
            }
        }
        return found;
    }

    /** A name exists if it owns records or has names below it (an empty non-terminal, RFC 8020). */
    private boolean exists(Name name) {
        String wanted = relativeToRoot(name);
        return name.equals(apex) || zone.list().stream()
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

    private SOARecord soa() {
        Name hostmaster = Name.fromConstantString("hostmaster." + apex);
        return new SOARecord(apex, DClass.IN, TTL, nameServer(), hostmaster, 1, 3600, 600, 86400, TTL);
    }

    private Name nameServer() {
        return Name.fromConstantString("ns." + apex);
    }
}
