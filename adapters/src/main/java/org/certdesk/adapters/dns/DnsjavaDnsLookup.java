package org.certdesk.adapters.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.certdesk.domain.verification.CaaRecord;
import org.certdesk.domain.verification.DnsLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CAARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * {@link DnsLookup} through one configured resolver with dnsjava's {@link SimpleResolver}: one
 * query, no search list, no system resolver, so what the CA sees is exactly what that resolver
 * answers (BR 3.2.2.4.7 DNS Change, BR 3.2.2.8 CAA).
 */
public final class DnsjavaDnsLookup implements DnsLookup {

    private static final Logger log = LoggerFactory.getLogger(DnsjavaDnsLookup.class);

    private final SimpleResolver resolver;
    private final InetSocketAddress address;

    public DnsjavaDnsLookup(InetSocketAddress resolverAddress, Duration timeout) {
        this.address = resolverAddress;
        this.resolver = new SimpleResolver(resolverAddress);
        this.resolver.setTimeout(timeout);
    }

    @Override
    public DnsAnswer txt(String name) {
        return query(name, Type.TXT);
    }

    @Override
    public DnsAnswer caa(String name) {
        return query(name, Type.CAA);
    }

    @Override
    public DnsAnswer addresses(String name) {
        DnsAnswer v4 = query(name, Type.A);
        DnsAnswer v6 = query(name, Type.AAAA);
        List<String> found = new java.util.ArrayList<>();
        if (v4 instanceof DnsAnswer.Records r) {
            found.addAll(r.values());
        }
        if (v6 instanceof DnsAnswer.Records r) {
            found.addAll(r.values());
        }
        if (!found.isEmpty()) {
            return new DnsAnswer.Records(found);
        }
        return v4 instanceof DnsAnswer.TimedOut || v6 instanceof DnsAnswer.TimedOut ? new DnsAnswer.TimedOut() : new DnsAnswer.NoRecords();
    }

    private DnsAnswer query(String name, int type) {
        Name absolute;
        try {
            // Absolute: a relative name would pick up a search domain and ask about another name.
            absolute = Name.fromString(name.endsWith(".") ? name : name + ".");
        } catch (TextParseException e) {
            return new DnsAnswer.NoRecords(); // not a DNS name, so nothing can exist there
        }
        Message response;
        try {
            response = resolver.send(Message.newQuery(Record.newRecord(absolute, type, DClass.IN)));
        } catch (IOException e) {
            log.info("DNS {} query for {} to {} got no answer: {}", Type.string(type), absolute, address, e.toString());
            return new DnsAnswer.TimedOut();
        }
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return new DnsAnswer.NoRecords();
        }
        if (rcode != Rcode.NOERROR) {
            // SERVFAIL, REFUSED and the like say nothing about the records: never read them as
            // "none" (BR 3.2.2.8: a lookup failure is not permission). The port has no separate
            // failure case, so this is reported as a timed-out lookup and logged with its code.
            log.warn("DNS {} query for {} to {} failed with {}", Type.string(type), absolute, address, Rcode.string(rcode));
            return new DnsAnswer.TimedOut();
        }
        List<String> values = response.getSection(Section.ANSWER).stream()
                .filter(r -> r.getType() == type)
                .map(DnsjavaDnsLookup::presentation)
                .toList();
        return values.isEmpty() ? new DnsAnswer.NoRecords() : new DnsAnswer.Records(values);
    }

    private static String presentation(Record record) {
        if (record instanceof TXTRecord txt) {
            // One TXT record may hold several character-strings; DNS clients read them as one
            // value joined without separator (RFC 7208 3.3 does the same for SPF).
            return String.join("", txt.getStrings());
        }
        if (record instanceof ARecord a) {
            return a.getAddress().getHostAddress();
        }
        if (record instanceof AAAARecord aaaa) {
            return aaaa.getAddress().getHostAddress();
        }
        CAARecord caa = (CAARecord) record;
        return new CaaRecord(caa.getFlags(), caa.getTag(), caa.getValue()).toString();
    }
}
