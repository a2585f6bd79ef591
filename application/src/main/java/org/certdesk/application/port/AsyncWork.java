package org.certdesk.application.port;

/**
 * Port: runs work in the background, after the caller's transaction has committed (the caller
 * submits only once its transaction returned). Used where a client must not wait for third-party
 * I/O, such as an ACME challenge's validation (RFC 8555 7.5.1: the server validates
 * asynchronously while the client polls).
 */
public interface AsyncWork {

    void submit(Runnable work);
}
