package org.certdesk.domain.verification;

/** A predictable stand-in for SecureRandom: each call gives a different string from the alphabet. */
public final class SequenceTokenSource implements TokenSource {

    private int calls;

    @Override
    public String randomString(String alphabet, int length) {
        calls++;
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt((calls * 7 + i * 13) % alphabet.length()));
        }
        return out.toString();
    }

    public int calls() {
        return calls;
    }
}
