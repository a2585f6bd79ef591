package org.certdesk.domain.verification;

import java.util.List;

/**
 * Port: opens a TLS connection to a host offering only the "acme-tls/1" protocol (RFC 8737 3)
 * with the name as SNI, and reports the certificate the server presented.
 */
public interface TlsAlpnProbe {

    Presented probe(String host, int port, String serverName);

    sealed interface Presented {
        /**
         * The validation certificate: its DNS names, and the value of its critical
         * id-pe-acmeIdentifier extension (the SHA-256 of the key authorization), null when absent
         * or not critical.
         */
        record Certificate(List<String> dnsNames, byte[] acmeIdentifierDigest) implements Presented {
        }

        /** Nothing listening, the handshake failed, or the server did not choose acme-tls/1. */
        record Failed(String detail) implements Presented {
        }

        record TimedOut() implements Presented {
        }
    }
}
