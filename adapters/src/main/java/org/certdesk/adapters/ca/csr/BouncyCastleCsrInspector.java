package org.certdesk.adapters.ca.csr;

import org.certdesk.adapters.ca.Pem;
import org.certdesk.adapters.ca.crypto.CaSignatures;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyKeeper;
import org.certdesk.adapters.ca.hierarchy.CaSettings;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.HashMap;
import java.util.Map;
import java.security.Signature;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.certdesk.application.port.CsrInspector;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks a CSR in the order a customer can act on: readable PEM, allowed and sound key (BR 6.1.5,
 * 6.1.6), valid self-signature (proof of possession), names equal to the bound names.
 */
@Component
public class BouncyCastleCsrInspector implements CsrInspector {

    private final IssuancePolicy policy;

    @Autowired
    BouncyCastleCsrInspector(CaSettings settings) {
        this(settings.policy());
    }

    public BouncyCastleCsrInspector(IssuancePolicy policy) {
        this.policy = policy;
    }

    @Override
    public InspectedCsr inspect(String csrPem, Identifiers boundNames) {
        return inspect(CsrPemReader.read(csrPem), csrPem, boundNames);
    }

    /** The same checks on a CSR the caller has already read with {@link #parse}, so it is parsed once per issuance. */
    public InspectedCsr inspect(PKCS10CertificationRequest csr, String csrPem, Identifiers boundNames) {
        KeyAlgorithm algorithm = SubscriberKeyCheck.check(csr.getSubjectPublicKeyInfo(), policy);
        requireValidSignature(csr);
        List<Identifier> names = CsrNames.of(csr);
        CsrNames.requireEqual(names, boundNames);
        return new InspectedCsr(csrPem, algorithm, boundNames, publicKeySha256(csr));
    }

    @Override
    public String pemOf(byte[] csrDer) {
        try {
            return Pem.encode("CERTIFICATE REQUEST", new PKCS10CertificationRequest(csrDer).getEncoded());
        } catch (IOException | RuntimeException notACsr) {
            throw new DomainException(Refusal.of("csr.notDer", FieldName.CSR));
        }
    }

    public PKCS10CertificationRequest parse(String csrPem) {
        return CsrPemReader.read(csrPem);
    }

    private static final Set<ASN1ObjectIdentifier> FAST_ALGORITHMS = Set.of(X9ObjectIdentifiers.ecdsa_with_SHA256,
            X9ObjectIdentifiers.ecdsa_with_SHA384, X9ObjectIdentifiers.ecdsa_with_SHA512, PKCSObjectIdentifiers.sha256WithRSAEncryption,
            PKCSObjectIdentifiers.sha384WithRSAEncryption, PKCSObjectIdentifiers.sha512WithRSAEncryption);
    private static final DefaultAlgorithmNameFinder ALGORITHM_NAMES = new DefaultAlgorithmNameFinder();

    private static void requireValidSignature(PKCS10CertificationRequest csr) {
        boolean valid;
        try {
            valid = CaSignatures.provider().isPresent() && FAST_ALGORITHMS.contains(csr.getSignatureAlgorithm().getAlgorithm())
                    ? verifiesWithTheFastProvider(csr)
                    : csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(csr.getSubjectPublicKeyInfo()));
        } catch (OperatorCreationException | PKCSException | GeneralSecurityException | IOException | RuntimeException e) {
            // A key the JDK cannot load or a malformed signature: to the customer, it does not verify.
            valid = false;
        }
        if (!valid) {
            throw new DomainException(Refusal.of("csr.badSignature", FieldName.CSR));
        }
    }

    /**
     * The proof of possession checked by the CA's fast provider (issue 13): the key read by the
     * JDK, the signature over the CertificationRequestInfo's DER. Other algorithms (RSASSA-PSS)
     * take Bouncy Castle's verifier with the JDK's providers.
     */
    private static boolean verifiesWithTheFastProvider(PKCS10CertificationRequest csr) throws GeneralSecurityException, IOException {
        Signature signature = VERIFIERS.get().signature(ALGORITHM_NAMES.getAlgorithmName(csr.getSignatureAlgorithm()));
        signature.initVerify(VERIFIERS.get().publicKey(csr.getSubjectPublicKeyInfo()));
        signature.update(csr.toASN1Structure().getCertificationRequestInfo().getEncoded(ASN1Encoding.DER));
        return signature.verify(csr.getSignature());
    }

    /**
     * Per thread, because neither is thread-safe: a Signature per algorithm (initVerify resets it
     * for the next key) and a KeyFactory per key algorithm. Looking both up per CSR cost more than
     * the verification itself (issue 13).
     */
    private static final ThreadLocal<Verifiers> VERIFIERS = ThreadLocal.withInitial(Verifiers::new);

    private static final class Verifiers {
        private final Map<String, Signature> signatures = new HashMap<>();
        private final Map<String, KeyFactory> keyFactories = new HashMap<>();

        Signature signature(String algorithm) throws GeneralSecurityException {
            Signature signature = signatures.get(algorithm);
            if (signature == null) {
                signature = CaSignatures.signature(algorithm);
                signatures.put(algorithm, signature);
            }
            return signature;
        }

        PublicKey publicKey(SubjectPublicKeyInfo key) throws GeneralSecurityException, IOException {
            String algorithm = key.getAlgorithm().getAlgorithm().equals(X9ObjectIdentifiers.id_ecPublicKey) ? "EC" : "RSA";
            KeyFactory factory = keyFactories.get(algorithm);
            if (factory == null) {
                factory = KeyFactory.getInstance(algorithm);
                keyFactories.put(algorithm, factory);
            }
            return factory.generatePublic(new X509EncodedKeySpec(key.getEncoded(ASN1Encoding.DER)));
        }
    }

    private static String publicKeySha256(PKCS10CertificationRequest csr) {
        try {
            return HexFormat.of().formatHex(CaHierarchyKeeper.sha256(csr.getSubjectPublicKeyInfo().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
