package org.certdesk.adapters.dns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * The DNSSEC trust anchors the CA validates to (BR 3.2.2.4, 3.2.2.8.1): DS or DNSKEY records in
 * presentation format ({@code ". IN DS 20326 8 2 E06D..."}), checked when configured so a typo
 * stops the start instead of making every answer bogus.
 */
public record TrustAnchors(List<String> records) {

    private static final String IANA_ROOT = "/dnssec/iana-root-anchors.ds";

    public TrustAnchors {
        records = List.copyOf(records);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("certdesk.dns.trust-anchors: at least one DS or DNSKEY record is needed");
        }
        for (String record : records) {
            check(record);
        }
    }

    public static TrustAnchors of(String... records) {
        return new TrustAnchors(List.of(records));
    }

    /** The root zone's anchors published by IANA (KSK-2017 and KSK-2024), bundled with CertDesk. */
    public static TrustAnchors ianaRoot() {
        try (InputStream in = TrustAnchors.class.getResourceAsStream(IANA_ROOT)) {
            if (in == null) {
                throw new IllegalStateException("The bundled resource " + IANA_ROOT + " is missing");
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isBlank() && !line.startsWith(";")) {
                    lines.add(line.strip());
                }
            }
            return new TrustAnchors(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record a line, as dnsjava's validator reads a trust anchor file. */
    public String presentation() {
        return String.join("\n", records) + "\n";
    }

    /** Read as the validator reads its anchors (no TTL needed), so what passes here is what it loads. */
    private static void check(String record) {
        List<Record> parsed = new ArrayList<>();
        try (Master master = new Master(new ByteArrayInputStream((record + "\n").getBytes(StandardCharsets.US_ASCII)), Name.root, 0L)) {
            for (Record r = master.nextRecord(); r != null; r = master.nextRecord()) {
                parsed.add(r);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("certdesk.dns.trust-anchors: '" + record + "' cannot be read: " + e.getMessage(), e);
        }
        if (parsed.size() != 1 || (parsed.get(0).getType() != Type.DS && parsed.get(0).getType() != Type.DNSKEY)) {
            throw new IllegalArgumentException("certdesk.dns.trust-anchors: '" + record
                    + "' is not one DS or DNSKEY record in presentation format");
        }
    }
}
