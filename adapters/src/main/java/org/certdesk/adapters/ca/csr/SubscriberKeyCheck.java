package org.certdesk.adapters.ca.csr;

import java.io.IOException;
import java.math.BigInteger;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;

/**
 * Boulder's goodkey for a subscriber public key: which {@link KeyAlgorithm} it is, refused when
 * the Baseline Requirements or known weaknesses rule it out. Works on the ASN.1 structure, so a
 * key type the JDK cannot even load still gets a readable refusal.
 */
public final class SubscriberKeyCheck {

    private SubscriberKeyCheck() {
    }

    public static KeyAlgorithm check(SubjectPublicKeyInfo key, IssuancePolicy policy) {
        ASN1ObjectIdentifier type = key.getAlgorithm().getAlgorithm();
        KeyAlgorithm algorithm;
        if (type.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            algorithm = rsa(key);
        } else if (type.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            algorithm = ec(key);
        } else {
            throw new DomainException(Refusal.of("csr.keyType", type.getId(), FieldName.CSR));
        }
        policy.checkKey(algorithm);
        return algorithm;
    }

    private static KeyAlgorithm rsa(SubjectPublicKeyInfo key) {
        RSAPublicKey rsa;
        try {
            rsa = RSAPublicKey.getInstance(key.parsePublicKey());
        } catch (IOException | IllegalArgumentException e) {
            throw new DomainException(Refusal.of("csr.rsaDamaged", FieldName.CSR));
        }
        BigInteger modulus = rsa.getModulus();
        int bits = modulus.bitLength();
        // BR 6.1.5: at least 2048 bits and divisible by 8; CertDesk offers the three usual sizes.
        KeyAlgorithm algorithm = switch (bits) {
            case 2048 -> KeyAlgorithm.RSA_2048;
            case 3072 -> KeyAlgorithm.RSA_3072;
            case 4096 -> KeyAlgorithm.RSA_4096;
            default -> throw new DomainException(Refusal.of("csr.rsaSize", String.valueOf(bits), FieldName.CSR));
        };
        BigInteger exponent = rsa.getPublicExponent();
        // BR 6.1.6: the public exponent is an odd number of at least 3.
        if (!exponent.testBit(0) || exponent.compareTo(BigInteger.valueOf(3)) < 0) {
            throw new DomainException(Refusal.of("csr.rsaExponent", FieldName.CSR));
        }
        if (SmallFactors.present(modulus)) {
            throw new DomainException(Refusal.of("csr.rsaSmallFactor", FieldName.CSR));
        }
        if (RocaFingerprint.matches(modulus)) {
            throw new DomainException(Refusal.of("csr.rsaRoca", FieldName.CSR));
        }
        return algorithm;
    }

    private static KeyAlgorithm ec(SubjectPublicKeyInfo key) {
        if (!(key.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier curve)) {
            throw new DomainException(Refusal.of("csr.ecExplicit", FieldName.CSR));
        }
        // BR 6.1.5: NIST P-256, P-384 (P-521 is allowed by the BR but not offered by CertDesk, as SPEC.md lists).
        if (curve.equals(SECObjectIdentifiers.secp256r1)) {
            return KeyAlgorithm.EC_P256;
        }
        if (curve.equals(SECObjectIdentifiers.secp384r1)) {
            return KeyAlgorithm.EC_P384;
        }
        String name = ECNamedCurveTable.getName(curve);
        throw new DomainException(Refusal.of("csr.ecCurve", name == null ? curve.getId() : name, FieldName.CSR));
    }
}
