package org.certdesk.domain.certificate;

/** A window of the list, newest first; adapters may turn it into keyset paging. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset >= 0 and 1 <= limit <= 500, got " + offset + "/" + limit);
        }
    }
}
