package org.certdesk.adapters.dns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.certdesk.domain.verification.CaaRecord;
import org.certdesk.domain.verification.DnsLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CAARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.dnssec.ValidatingResolver;

/**
 * {@link DnsLookup} through one configured resolver with dnsjava's {@link SimpleResolver}: one
 * query, no search list, no system resolver, so what the CA sees is exactly what that resolver
 * answers (BR 3.2.2.4.7 DNS Change, BR 3.2.2.8 CAA).
 *
 * <p>{@link #validating} puts dnsjava's own {@link ValidatingResolver} in front of it: every
 * answer is validated back to the configured trust anchors (BR 3.2.2.4 and 3.2.2.8.1, since
 * 2026-03-15), asking the upstream with the CD bit so that it hands over the signatures instead
 * of judging them itself. Secure answers carry {@link Dnssec#SECURE}, provably unsigned ones
 * {@link Dnssec#INSECURE}, and a bogus one becomes {@link DnsAnswer.Bogus} with the validator's
 * reason. Without it, answers are {@link Dnssec#NOT_VALIDATED}.
 */
public final class DnsjavaDnsLookup implements DnsLookup {

    private static final Logger log = LoggerFactory.getLogger(DnsjavaDnsLookup.class);

    /**
     * The validator's reason when the upstream itself answered with an error code (SERVFAIL,
     * REFUSED): a failed lookup, not a failed signature, so it stays a timed-out lookup.
     */
    private static final String UPSTREAM_ERROR_REASON = "Response subtype is UNKNOWN";

    private final Resolver resolver;
    private final InetSocketAddress address;
    private final boolean validating;

    public DnsjavaDnsLookup(InetSocketAddress resolverAddress, Duration timeout) {
        this(resolverAddress, timeout, null);
    }

    private DnsjavaDnsLookup(InetSocketAddress resolverAddress, Duration timeout, String trustAnchors) {
        this.address = resolverAddress;
        SimpleResolver upstream = new SimpleResolver(resolverAddress);
        upstream.setTimeout(timeout);
        if (trustAnchors == null) {
            this.resolver = upstream;
            this.validating = false;
        } else {
            ValidatingResolver validator = new ValidatingResolver(upstream);
            try {
                validator.loadTrustAnchors(new ByteArrayInputStream(trustAnchors.getBytes(StandardCharsets.US_ASCII)));
            } catch (IOException e) {
                throw new UncheckedIOException("The DNSSEC trust anchors could not be read: " + e.getMessage(), e);
            }
            this.resolver = validator;
            this.validating = true;
        }
    }

    /**
     * A lookup that validates DNSSEC to these trust anchors: DS or DNSKEY records in
     * presentation format, one a line (the IANA root anchors for the public DNS, see
     * {@link TrustAnchors}).
     */
    public static DnsjavaDnsLookup validating(InetSocketAddress resolverAddress, Duration timeout, TrustAnchors trustAnchors) {
        return new DnsjavaDnsLookup(resolverAddress, timeout, trustAnchors.presentation());
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
        // A bogus half taints the whole: the CA must not connect to an address an attacker forged.
        if (v4 instanceof DnsAnswer.Bogus) {
            return v4;
        }
        if (v6 instanceof DnsAnswer.Bogus) {
            return v6;
        }
        List<String> found = new java.util.ArrayList<>();
        if (v4 instanceof DnsAnswer.Records r) {
            found.addAll(r.values());
        }
        if (v6 instanceof DnsAnswer.Records r) {
            found.addAll(r.values());
        }
        Dnssec dnssec = weakest(dnssecOf(v4), dnssecOf(v6));
        if (!found.isEmpty()) {
            return new DnsAnswer.Records(found, dnssec);
        }
        return v4 instanceof DnsAnswer.TimedOut || v6 instanceof DnsAnswer.TimedOut
                ? new DnsAnswer.TimedOut() : new DnsAnswer.NoRecords(dnssec);
    }

    private static Dnssec dnssecOf(DnsAnswer answer) {
        return switch (answer) {
            case DnsAnswer.Records r -> r.dnssec();
            case DnsAnswer.NoRecords n -> n.dnssec();
            default -> Dnssec.NOT_VALIDATED;
        };
    }

    /** Both halves together are only as trustworthy as the weaker one. */
    private static Dnssec weakest(Dnssec a, Dnssec b) {
        if (a == Dnssec.NOT_VALIDATED || b == Dnssec.NOT_VALIDATED) {
            return Dnssec.NOT_VALIDATED;
        }
        return a == Dnssec.INSECURE || b == Dnssec.INSECURE ? Dnssec.INSECURE : Dnssec.SECURE;
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
        Dnssec dnssec = !validating ? Dnssec.NOT_VALIDATED
                : response.getHeader().getFlag(Flags.AD) ? Dnssec.SECURE : Dnssec.INSECURE;
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return new DnsAnswer.NoRecords(dnssec);
        }
        if (rcode != Rcode.NOERROR) {
            Optional<String> reason = validating ? validationFailure(response) : Optional.empty();
            if (reason.isPresent() && !reason.get().startsWith(UPSTREAM_ERROR_REASON)) {
                // BR 3.2.2.8.1: a bogus answer is never permission, and never evidence.
                log.warn("DNSSEC validation of {} {} through {} failed: {}", Type.string(type), absolute, address, reason.get());
                return new DnsAnswer.Bogus(reason.get());
            }
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
        return values.isEmpty() ? new DnsAnswer.NoRecords(dnssec) : new DnsAnswer.Records(values, dnssec);
    }

    /** The reason dnsjava's validator gives, as a TXT record of its private class in ADDITIONAL. */
    private static Optional<String> validationFailure(Message response) {
        return response.getSection(Section.ADDITIONAL).stream()
                .filter(r -> r instanceof TXTRecord && r.getDClass() == ValidatingResolver.VALIDATION_REASON_QCLASS)
                .map(r -> String.join("", ((TXTRecord) r).getStrings()))
                .findFirst();
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
