package org.certdesk.adapters.demo;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import org.xbill.DNS.DClass;
import org.xbill.DNS.DNSKEYRecord;
import org.xbill.DNS.DNSSEC;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRSIGRecord;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Type;

/**
 * Signs the demo zone's answers online (RFC 4035) with one ECDSA P-256 key made at start and
 * never written anywhere: the key is the zone's only DNSKEY (a combined signing key, flags 257)
 * and the embedded default's trust anchor, so the demo DV journey is validated like a real one
 * (BR 3.2.2.4, 3.2.2.8.1). Signatures are made per answer, valid from an hour ago for a day.
 */
final class DemoZoneSigner {

    /** The key never changes while the server runs, so resolvers may keep it. */
    private static final long KEY_TTL = 3600;
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);
    private static final Duration VALIDITY = Duration.ofDays(1);

    private final Name apex;
    private final PrivateKey privateKey;
    private final DNSKEYRecord dnskey;

    DemoZoneSigner(Name apex) {
        this.apex = apex;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            this.privateKey = pair.getPrivate();
            this.dnskey = new DNSKEYRecord(apex, DClass.IN, KEY_TTL, DNSKEYRecord.Flags.ZONE_KEY | DNSKEYRecord.Flags.SEP_KEY,
                    DNSKEYRecord.Protocol.DNSSEC, DNSSEC.Algorithm.ECDSAP256SHA256, pair.getPublic());
        } catch (GeneralSecurityException | DNSSEC.DNSSECException e) {
            throw new IllegalStateException("The demo zone's DNSSEC key could not be made: " + e.getMessage(), e);
        }
    }

    DNSKEYRecord dnskey() {
        return dnskey;
    }

    /** Adds an RRSIG to every RRset of the demo zone in this section (ANSWER or AUTHORITY). */
    void signSection(Message response, int section) {
        for (RRset rrset : response.getSectionRRsets(section)) {
            if (rrset.getType() != Type.RRSIG && rrset.getName().subdomain(apex) && rrset.sigs().isEmpty()) {
                response.addRecord(sign(rrset), section);
            }
        }
    }

    private RRSIGRecord sign(RRset rrset) {
        Instant now = Instant.now();
        try {
            return DNSSEC.sign(rrset, dnskey, privateKey, now.minus(CLOCK_SKEW), now.plus(VALIDITY));
        } catch (DNSSEC.DNSSECException e) {
            throw new IllegalStateException("Signing " + rrset.getName() + "/" + Type.string(rrset.getType()) + " failed", e);
        }
    }
}
