package org.certdesk.adapters.ca.crl;

import org.certdesk.adapters.ca.hierarchy.SigningCa;
import org.certdesk.adapters.ca.issuance.RevokedEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.certdesk.domain.certificate.RevocationReason;

/**
 * Signs a full and complete CRL for one CA (BR 7.2, RFC 5280 5): v2, issuer equal to the CA's
 * subject, thisUpdate and nextUpdate, AKI and CRL number as the only extensions (BR 7.2.2; no
 * issuingDistributionPoint, NOT RECOMMENDED for a full CRL per 7.2.2.1), and per entry a
 * non-critical reasonCode unless the reason is unspecified, which BR 7.2.2 represents by omission.
 * Pure cryptography, no storage.
 */
final class CrlSigner {

    private CrlSigner() {
    }

    static byte[] sign(SigningCa issuer, long crlNumber, Instant thisUpdate, Instant nextUpdate, List<RevokedEntry> entries) {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(issuer.certificate().getSubject(), Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        for (RevokedEntry entry : entries) {
            builder.addCRLEntry(new BigInteger(entry.serialHex(), 16), Date.from(entry.revokedAt()), entryExtensions(entry.reason()));
        }
        try {
            builder.addExtension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier(issuer));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(crlNumber)));
            return builder.build(new JcaContentSignerBuilder(signatureAlgorithm(issuer.publicKey())).build(issuer.privateKey())).getEncoded();
        } catch (CertIOException e) {
            throw new IllegalStateException("Cannot encode the CRL extensions of " + issuer.id(), e);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("Cannot sign the CRL of " + issuer.id(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** BR 7.1.2.11.1 via 7.2.2: the keyIdentifier only, copied from the CA's own SKI so the two always match. */
    private static AuthorityKeyIdentifier authorityKeyIdentifier(SigningCa issuer) {
        SubjectKeyIdentifier ski = SubjectKeyIdentifier.fromExtensions(issuer.certificate().getExtensions());
        if (ski == null) {
            throw new IllegalStateException("CA " + issuer.id() + " has no subjectKeyIdentifier to name in its CRL");
        }
        return new AuthorityKeyIdentifier(ski.getKeyIdentifier());
    }

    private static Extensions entryExtensions(RevocationReason reason) {
        if (reason == RevocationReason.UNSPECIFIED) {
            return null;
        }
        try {
            ExtensionsGenerator extensions = new ExtensionsGenerator();
            extensions.addExtension(Extension.reasonCode, false, CRLReason.lookup(reason.code()));
            return extensions.generate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** BR 7.1.3.2: the hash follows the key, SHA-384 for P-384 (the root), SHA-256 for P-256 and RSA-2048. */
    static String signatureAlgorithm(PublicKey key) {
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize() >= 384 ? "SHA384withECDSA" : "SHA256withECDSA";
        }
        return "SHA256withRSA";
    }
}
