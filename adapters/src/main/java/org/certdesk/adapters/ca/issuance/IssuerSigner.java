package org.certdesk.adapters.ca.issuance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.Signature;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.certdesk.adapters.ca.crypto.CaSignatures;
import org.certdesk.adapters.ca.hierarchy.SigningCa;

/**
 * One issuing CA's leaf signing, kept for the life of the CA: its signature algorithm, its PEM
 * (the chain stored with every leaf) and, per thread, an initialised {@link Signature} (not
 * thread-safe, and for RSA initSign is worth not repeating). The to-be-signed certificate is made
 * without a signature, so the lint reads the exact TBSCertificate that is then signed once.
 */
final class IssuerSigner {

    /** The TBSCertificate as the lint reads it and its DER encoding, the bytes that get signed. */
    record ToBeSigned(TBSCertificate structure, byte[] der) {
    }

    private final SigningCa issuer;
    private final AlgorithmIdentifier algorithm;
    private final String pem;
    private final ThreadLocal<Signature> signatures = ThreadLocal.withInitial(this::initialisedSignature);

    IssuerSigner(SigningCa issuer) {
        this.issuer = issuer;
        // The same identifier JcaContentSignerBuilder puts in (CaHierarchyFactory.sign).
        this.algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find(issuer.family().leafSignatureAlgorithm());
        this.pem = issuer.pem();
    }

    SigningCa issuer() {
        return issuer;
    }

    String pem() {
        return pem;
    }

    /** The builder's TBSCertificate, carrying this issuer's signature algorithm, with no signature computed. */
    ToBeSigned toBeSigned(X509v3CertificateBuilder builder) {
        TbsCapture capture = new TbsCapture(algorithm);
        TBSCertificate structure = builder.build(capture).toASN1Structure().getTBSCertificate();
        return new ToBeSigned(structure, capture.der.toByteArray());
    }

    /** The DER certificate: exactly {@code tbs.der()}, this issuer's algorithm and its signature over those bytes. */
    byte[] sign(ToBeSigned tbs) {
        Signature signature = signatures.get();
        byte[] value;
        try {
            signature.update(tbs.der());
            value = signature.sign();
        } catch (GeneralSecurityException | RuntimeException e) {
            // sign() resets the object only when it succeeds; never reuse one left half-fed.
            signatures.remove();
            throw new IllegalStateException("Cannot sign with issuer " + issuer.id(), e);
        }
        try {
            return new DERSequence(new ASN1Encodable[] {tbs.structure(), algorithm, new DERBitString(value)}).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Signature initialisedSignature() {
        try {
            Signature signature = CaSignatures.signature(issuer.family().leafSignatureAlgorithm());
            signature.initSign(issuer.privateKey());
            return signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with issuer " + issuer.id(), e);
        }
    }

    /** A ContentSigner that keeps the DER bytes Bouncy Castle would sign and signs nothing. */
    private static final class TbsCapture implements ContentSigner {

        private final AlgorithmIdentifier algorithm;
        private final ByteArrayOutputStream der = new ByteArrayOutputStream(1536);

        TbsCapture(AlgorithmIdentifier algorithm) {
            this.algorithm = algorithm;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return der;
        }

        @Override
        public byte[] getSignature() {
            return new byte[0];
        }
    }
}
