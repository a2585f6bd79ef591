package org.certdesk.domain.verification;

/** Port: random strings from a cryptographically secure source (SecureRandom in the adapter). */
public interface TokenSource {

    /** length characters drawn uniformly from alphabet. */
    String randomString(String alphabet, int length);
}
