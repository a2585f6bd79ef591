package org.certdesk.adapters.ca.csr;

import org.certdesk.adapters.ca.TestCsrs;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;

import org.junit.jupiter.api.Test;

class WeakRsaKeyTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aFreshlyGeneratedModulusHasNeitherTheRocaFingerprintNorSmallFactors() {
        BigInteger modulus = ((RSAPublicKey) TestCsrs.rsa(2048).getPublic()).getModulus();

        assertThat(RocaFingerprint.matches(modulus)).isFalse();
        assertThat(SmallFactors.present(modulus)).isFalse();
    }

    @Test
    void aModulusWhoseResiduesAllLieInThe65537SubgroupsIsDetectedAsRoca() {
        assertThat(RocaFingerprint.matches(rocaShapedNumber())).isTrue();
    }

    @Test
    void aModulusWithAFactorBelowAThousandIsWeak() {
        BigInteger modulus = BigInteger.valueOf(997).multiply(BigInteger.probablePrime(2037, RANDOM));

        assertThat(SmallFactors.present(modulus)).isTrue();
    }

    @Test
    void everyPrimeBelowAThousandIsFoundAndTheFirstAboveIsNot() {
        BigInteger largePrime = BigInteger.probablePrime(2000, RANDOM);
        for (int candidate = 2; candidate < 1000; candidate++) {
            if (BigInteger.valueOf(candidate).isProbablePrime(50)) {
                assertThat(SmallFactors.present(largePrime.multiply(BigInteger.valueOf(candidate)))).as("factor %d", candidate).isTrue();
            }
        }
        assertThat(SmallFactors.present(largePrime.multiply(BigInteger.valueOf(1009)))).isFalse();
    }

    /** By the Chinese remainder theorem: n mod p = 65537^k mod p for every fingerprint prime p, plus a large multiple of their product. */
    private static BigInteger rocaShapedNumber() {
        BigInteger product = BigInteger.ONE;
        for (int p : RocaFingerprint.primes()) {
            product = product.multiply(BigInteger.valueOf(p));
        }
        BigInteger n = BigInteger.ZERO;
        for (int p : RocaFingerprint.primes()) {
            BigInteger prime = BigInteger.valueOf(p);
            BigInteger residue = BigInteger.valueOf(65537).modPow(BigInteger.valueOf(RANDOM.nextInt(1, 1000)), prime);
            BigInteger rest = product.divide(prime);
            n = n.add(residue.multiply(rest).multiply(rest.modInverse(prime)));
        }
        return n.mod(product).add(product.multiply(new BigInteger(1800, RANDOM)));
    }
}
