package org.certdesk.application.port;

/** Port: one-way hashing of passwords before they are stored (BCrypt in the adapter). */
public interface PasswordHasher {

    String hash(String rawPassword);
}
