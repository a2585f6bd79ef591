package org.certdesk.adapters.ca.hierarchy;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Certificate serial numbers: 16 bytes from a CSPRNG with the top bit cleared, so the number is
 * positive, at most 20 octets when DER-encoded (RFC 5280 4.1.2.2) and carries 127 random bits,
 * well above the 64 bits of entropy BR 7.1 asks for.
 */
public final class Serials {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Serials() {
    }

    public static BigInteger random() {
        byte[] bytes = new byte[16];
        BigInteger serial;
        do {
            RANDOM.nextBytes(bytes);
            bytes[0] &= 0x7F;
            serial = new BigInteger(1, bytes);
        } while (serial.bitLength() < 64); // a vanishing chance; a short serial would read as low-entropy
        return serial;
    }

    public static String hex(BigInteger serial) {
        String hex = serial.toString(16);
        return hex.length() % 2 == 0 ? hex : "0" + hex;
    }
}
