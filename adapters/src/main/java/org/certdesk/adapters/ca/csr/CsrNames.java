package org.certdesk.adapters.ca.csr;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.IpAddress;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;

/**
 * The names a CSR asks for: its subjectAltName extension request, else its commonName. Each is
 * parsed as the domain does (lower case, IDN to punycode), so comparing with the bound names is
 * order- and case-insensitive and punycode-aware.
 */
final class CsrNames {

    private CsrNames() {
    }

    static List<Identifier> of(PKCS10CertificationRequest csr) {
        List<String> raw = requestedSans(csr);
        if (raw.isEmpty()) {
            for (RDN rdn : csr.getSubject().getRDNs(BCStyle.CN)) {
                raw.add(IETFUtils.valueToString(rdn.getFirst().getValue()));
            }
        }
        if (raw.isEmpty()) {
            throw new DomainException(Refusal.of("csr.noNames", FieldName.CSR));
        }
        Set<Identifier> names = new LinkedHashSet<>();
        for (String name : raw) {
            try {
                names.add(Identifier.parse(name));
            } catch (DomainException e) {
                throw new DomainException(Refusal.of("csr.badName", name, e.asRefusal(), FieldName.CSR));
            }
        }
        return List.copyOf(names);
    }

    /** Refuses unless the CSR asks for exactly the bound names, naming what is missing and what is extra. */
    static void requireEqual(List<Identifier> inCsr, Identifiers bound) {
        Set<Identifier> csrSet = new LinkedHashSet<>(inCsr);
        Set<Identifier> boundSet = new LinkedHashSet<>(bound.asList());
        Set<Identifier> missing = new LinkedHashSet<>(boundSet);
        missing.removeAll(csrSet);
        Set<Identifier> extra = new LinkedHashSet<>(csrSet);
        extra.removeAll(boundSet);
        if (missing.isEmpty() && extra.isEmpty()) {
            return;
        }
        if (extra.isEmpty()) {
            throw new DomainException(Refusal.of("csr.namesMissing", display(missing), FieldName.CSR));
        }
        throw new DomainException(missing.isEmpty() ? Refusal.of("csr.namesExtra", display(extra), FieldName.CSR)
                : Refusal.of("csr.namesMissingAndExtra", display(missing), display(extra), FieldName.CSR));
    }

    /** A list, so the refusal quotes each name (shortened if long) rather than cutting the whole list. */
    private static List<String> display(Set<Identifier> names) {
        return names.stream().map(Identifier::display).toList();
    }

    private static List<String> requestedSans(PKCS10CertificationRequest csr) {
        List<String> names = new ArrayList<>();
        for (GeneralName name : requestedSanEntries(csr)) {
            names.add(text(name));
        }
        return names;
    }

    private static List<GeneralName> requestedSanEntries(PKCS10CertificationRequest csr) {
        List<GeneralName> entries = new ArrayList<>();
        try {
            for (Attribute attribute : csr.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)) {
                Extensions extensions = Extensions.getInstance(attribute.getAttrValues().getObjectAt(0));
                GeneralNames sans = GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName);
                if (sans != null) {
                    entries.addAll(List.of(sans.getNames()));
                }
            }
        } catch (RuntimeException malformed) {
            // Bouncy Castle's ASN.1 factories throw IllegalArgumentException and the like for DER
            // that is not what the extension says it is (found by CsrInspectorFuzzTest).
            throw new DomainException(Refusal.of("csr.badExtensionRequest", FieldName.CSR));
        }
        return entries;
    }

    private static String text(GeneralName name) {
        return switch (name.getTagNo()) {
            case GeneralName.dNSName -> ASN1IA5String.getInstance(name.getName()).getString();
            case GeneralName.iPAddress -> ipText(ASN1OctetString.getInstance(name.getName()).getOctets());
            default -> throw new DomainException(Refusal.of("csr.otherSanType", FieldName.CSR));
        };
    }

    private static String ipText(byte[] octets) {
        try {
            return IpAddress.parse(InetAddress.getByAddress(octets).getHostAddress()).value();
        } catch (UnknownHostException e) {
            throw new DomainException(Refusal.of("csr.badIpLength", FieldName.CSR));
        }
    }
}
