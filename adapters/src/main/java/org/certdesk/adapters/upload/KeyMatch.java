package org.certdesk.adapters.upload;

import java.io.IOException;
import java.util.Arrays;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.certdesk.domain.upload.UploadProblem;
import org.certdesk.domain.upload.UploadRejectedException;

/**
 * Whether a private key belongs to a certificate: the public key computed from the private one
 * must equal the certificate's public key (RSA: modulus and exponent; EC: d·G on the same curve;
 * Ed25519: the derived public key).
 */
final class KeyMatch {

    private KeyMatch() {
    }

    static boolean matches(PrivateKeyInfo privateKeyInfo, SubjectPublicKeyInfo certificateKey) {
        AsymmetricKeyParameter privateKey = privateKey(privateKeyInfo);
        AsymmetricKeyParameter publicKey;
        try {
            publicKey = PublicKeyFactory.createKey(certificateKey);
        } catch (IOException | RuntimeException unsupported) {
            // The certificate's key is of a kind the key field cannot hold either, so they cannot match.
            return false;
        }
        return switch (privateKey) {
            case RSAPrivateCrtKeyParameters rsa -> publicKey instanceof RSAKeyParameters pub && !pub.isPrivate()
                    && pub.getModulus().equals(rsa.getModulus()) && pub.getExponent().equals(rsa.getPublicExponent());
            case ECPrivateKeyParameters ec -> publicKey instanceof ECPublicKeyParameters pub
                    && new FixedPointCombMultiplier().multiply(ec.getParameters().getG(), ec.getD()).equals(pub.getQ());
            case Ed25519PrivateKeyParameters ed -> publicKey instanceof Ed25519PublicKeyParameters pub
                    && Arrays.equals(ed.generatePublicKey().getEncoded(), pub.getEncoded());
            default -> throw new UploadRejectedException(UploadProblem.KEY_TYPE_UNSUPPORTED);
        };
    }

    private static AsymmetricKeyParameter privateKey(PrivateKeyInfo info) {
        try {
            return PrivateKeyFactory.createKey(info);
        } catch (IOException | RuntimeException unsupported) {
            throw new UploadRejectedException(UploadProblem.KEY_TYPE_UNSUPPORTED);
        }
    }
}
