package org.certdesk.adapters.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * Seals bytes at rest with AES-256-GCM under a key derived from the master secret by HKDF-SHA256
 * (RFC 5869) with a purpose label, so the CA keys and the subscriber keys use different keys.
 * Layout: version byte, 12-byte random nonce, ciphertext with its 16-byte tag. The label is also
 * the associated data, so a blob sealed for one purpose does not open for another.
 */
public final class SecretBox {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final byte[] label;

    public SecretBox(MasterSecret secret, String purposeLabel) {
        this.label = purposeLabel.getBytes(StandardCharsets.UTF_8);
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(secret.bytes(), "certdesk-at-rest-v1".getBytes(StandardCharsets.UTF_8), label));
        byte[] derived = new byte[32];
        hkdf.generateBytes(derived, 0, derived.length);
        this.key = new SecretKeySpec(derived, "AES");
    }

    public byte[] seal(byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, plaintext);
        return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
    }

    public byte[] open(byte[] blob) {
        if (blob == null || blob.length < 1 + NONCE_BYTES + TAG_BITS / 8 || blob[0] != VERSION) {
            throw new IllegalArgumentException("Not a sealed key blob of a known version.");
        }
        ByteBuffer buffer = ByteBuffer.wrap(blob, 1, blob.length - 1);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return run(Cipher.DECRYPT_MODE, nonce, sealed);
    }

    private byte[] run(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(label);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // A wrong master secret or a damaged blob: say so without echoing any key material.
            throw new IllegalStateException("A key stored at rest cannot be decrypted: wrong master secret or damaged data.", e);
        }
    }
}
