package org.certdesk.application.port;

import java.util.List;

/** Port: reads X.509 certificates in PEM with a real parser (Bouncy Castle and the JCA in the adapter). */
public interface X509Reader {

    /** Every certificate in the PEM text, in the order written; empty for an empty text. */
    List<X509Facts> read(String pem);
}
