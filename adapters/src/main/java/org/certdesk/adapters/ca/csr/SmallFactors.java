package org.certdesk.adapters.ca.csr;

import java.math.BigInteger;

/**
 * Refuses RSA moduli with a prime factor below 1000, as Boulder's goodkey does: one gcd with the
 * product of those primes finds any of them. A real modulus is the product of two large primes.
 */
final class SmallFactors {

    private static final BigInteger PRODUCT_OF_SMALL_PRIMES = productOfPrimesBelow(1000);

    private SmallFactors() {
    }

    static boolean present(BigInteger modulus) {
        return !modulus.gcd(PRODUCT_OF_SMALL_PRIMES).equals(BigInteger.ONE);
    }

    private static BigInteger productOfPrimesBelow(int limit) {
        BigInteger product = BigInteger.ONE;
        for (int candidate = 2; candidate < limit; candidate++) {
            if (BigInteger.valueOf(candidate).isProbablePrime(50)) {
                product = product.multiply(BigInteger.valueOf(candidate));
            }
        }
        return product;
    }
}
