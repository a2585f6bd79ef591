package org.certdesk.adapters.ca;

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

/**
 * Boulder's goodkey for a subscriber public key: which {@link KeyAlgorithm} it is, refused when
 * the Baseline Requirements or known weaknesses rule it out. Works on the ASN.1 structure, so a
 * key type the JDK cannot even load still gets a readable refusal.
 */
final class SubscriberKeyCheck {

    private SubscriberKeyCheck() {
    }

    static KeyAlgorithm check(SubjectPublicKeyInfo key, IssuancePolicy policy) {
        ASN1ObjectIdentifier type = key.getAlgorithm().getAlgorithm();
        KeyAlgorithm algorithm;
        if (type.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            algorithm = rsa(key);
        } else if (type.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            algorithm = ec(key);
        } else {
            throw new DomainException("The CSR's key type (" + type.getId() + ") is not accepted; use RSA (2048, 3072 or 4096 bits) "
                    + "or ECDSA (P-256 or P-384).");
        }
        policy.checkKey(algorithm);
        return algorithm;
    }

    private static KeyAlgorithm rsa(SubjectPublicKeyInfo key) {
        RSAPublicKey rsa;
        try {
            rsa = RSAPublicKey.getInstance(key.parsePublicKey());
        } catch (IOException | IllegalArgumentException e) {
            throw new DomainException("The CSR's RSA public key is damaged and cannot be read.");
        }
        BigInteger modulus = rsa.getModulus();
        int bits = modulus.bitLength();
        // BR 6.1.5: at least 2048 bits and divisible by 8; CertDesk offers the three usual sizes.
        KeyAlgorithm algorithm = switch (bits) {
            case 2048 -> KeyAlgorithm.RSA_2048;
            case 3072 -> KeyAlgorithm.RSA_3072;
            case 4096 -> KeyAlgorithm.RSA_4096;
            default -> throw new DomainException("The CSR has a " + bits + "-bit RSA key; CertDesk accepts RSA keys of 2048, 3072 "
                    + "or 4096 bits only.");
        };
        BigInteger exponent = rsa.getPublicExponent();
        // BR 6.1.6: the public exponent is an odd number of at least 3.
        if (!exponent.testBit(0) || exponent.compareTo(BigInteger.valueOf(3)) < 0) {
            throw new DomainException("The CSR's RSA public exponent is invalid: it must be odd and at least 3 (65537 is usual).");
        }
        if (SmallFactors.present(modulus)) {
            throw new DomainException("The CSR's RSA key is weak: its modulus has a small prime factor. Generate a new key.");
        }
        if (RocaFingerprint.matches(modulus)) {
            throw new DomainException("The CSR's RSA key was made by a generator with the ROCA flaw (CVE-2017-15361) and can be "
                    + "broken. Generate a new key with other software or an updated device.");
        }
        return algorithm;
    }

    private static KeyAlgorithm ec(SubjectPublicKeyInfo key) {
        if (!(key.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier curve)) {
            throw new DomainException("The CSR's ECDSA key uses explicit curve parameters; CertDesk accepts only the named curves "
                    + "P-256 and P-384.");
        }
        // BR 6.1.5: NIST P-256, P-384 (P-521 is allowed by the BR but not offered by CertDesk, as SPEC.md lists).
        if (curve.equals(SECObjectIdentifiers.secp256r1)) {
            return KeyAlgorithm.EC_P256;
        }
        if (curve.equals(SECObjectIdentifiers.secp384r1)) {
            return KeyAlgorithm.EC_P384;
        }
        String name = ECNamedCurveTable.getName(curve);
        throw new DomainException("The CSR's ECDSA key uses curve " + (name == null ? curve.getId() : name)
                + "; CertDesk accepts only P-256 and P-384.");
    }
}
