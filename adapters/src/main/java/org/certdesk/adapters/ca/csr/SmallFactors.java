package org.certdesk.adapters.ca.csr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses RSA moduli with a prime factor below 1000, as Boulder's goodkey does. The primes are
 * packed into groups whose product fits a long: per group one remainder of the modulus and a gcd
 * of two longs. That finds the same factors as one gcd with the product of all of them, at a
 * small fraction of its cost (the big gcd was 8% of an RSA issuance's CPU, issue 13).
 */
final class SmallFactors {

    private static final int LIMIT = 1000;
    private static final long[] GROUP_PRODUCTS = groupProducts();
    private static final BigInteger[] GROUP_DIVISORS = divisors(GROUP_PRODUCTS);

    private SmallFactors() {
    }

    static boolean present(BigInteger modulus) {
        for (int group = 0; group < GROUP_PRODUCTS.length; group++) {
            long remainder = modulus.mod(GROUP_DIVISORS[group]).longValueExact();
            if (gcd(remainder, GROUP_PRODUCTS[group]) != 1) {
                return true;
            }
        }
        return false;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long next = a % b;
            a = b;
            b = next;
        }
        return a;
    }

    private static long[] groupProducts() {
        List<Long> products = new ArrayList<>();
        long product = 1;
        for (int candidate = 2; candidate < LIMIT; candidate++) {
            if (!BigInteger.valueOf(candidate).isProbablePrime(50)) {
                continue;
            }
            if (product > Long.MAX_VALUE / candidate) {
                products.add(product);
                product = 1;
            }
            product *= candidate;
        }
        products.add(product);
        return products.stream().mapToLong(Long::longValue).toArray();
    }

    private static BigInteger[] divisors(long[] products) {
        BigInteger[] divisors = new BigInteger[products.length];
        for (int i = 0; i < products.length; i++) {
            divisors[i] = BigInteger.valueOf(products[i]);
        }
        return divisors;
    }
}
