package org.certdesk.adapters.fuzz;

import java.util.Base64;

/** Wraps fuzzed DER in a well-formed PEM block, so the fuzzer spends its inputs on the ASN.1 inside. */
final class PemEnvelope {

    private PemEnvelope() {
    }

    static String wrap(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }
}
