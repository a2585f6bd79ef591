package org.certdesk.adapters.acme;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.TlsAlpnProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * RFC 8737 3: connects (to the address the CA's resolver gives) with SNI set to the name and ALPN offering only "acme-tls/1", accepts
 * whatever self-signed certificate comes back (it is judged by its content, not its issuer), and
 * reads its critical id-pe-acmeIdentifier extension with Bouncy Castle's ASN.1 classes. The
 * perspective agents run it too, each over its own resolver (BR 3.2.2.9).
 */
@Component
public class JdkTlsAlpnProbe implements TlsAlpnProbe {

    static final String ACME_TLS_1 = "acme-tls/1";
    static final String ACME_IDENTIFIER_OID = "1.3.6.1.5.5.7.1.31";

    private final Duration timeout;
    private final ValidationAddresses addresses;

    public JdkTlsAlpnProbe(DnsLookup dns, @Value("${certdesk.acme.validation-timeout:PT10S}") Duration timeout) {
        this.timeout = timeout;
        this.addresses = new ValidationAddresses(dns);
    }

    @Override
    public Presented probe(String host, int port, String serverName) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new AcceptAnyServer()}, new SecureRandom());
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
                socket.connect(new InetSocketAddress(addresses.of(host)[0], port), (int) timeout.toMillis());
                socket.setSoTimeout((int) timeout.toMillis());
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setServerNames(List.of(new SNIHostName(serverName)));
                parameters.setApplicationProtocols(new String[] {ACME_TLS_1});
                socket.setSSLParameters(parameters);
                socket.startHandshake();
                if (!ACME_TLS_1.equals(socket.getApplicationProtocol())) {
                    return new Presented.Failed("the server did not choose acme-tls/1");
                }
                X509Certificate certificate = (X509Certificate) socket.getSession().getPeerCertificates()[0];
                return new Presented.Certificate(dnsNames(certificate), acmeIdentifier(certificate));
            }
        } catch (SocketTimeoutException e) {
            return new Presented.TimedOut();
        } catch (IOException | java.security.GeneralSecurityException | IllegalArgumentException e) {
            return new Presented.Failed(e.getMessage());
        }
    }

    private static List<String> dnsNames(X509Certificate certificate) throws CertificateParsingException {
        List<String> names = new ArrayList<>();
        Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
        if (alternatives != null) {
            for (List<?> name : alternatives) {
                if (Integer.valueOf(2).equals(name.get(0))) {
                    names.add((String) name.get(1));
                }
            }
        }
        return names;
    }

    /** The extension's value is an OCTET STRING holding the DER OCTET STRING of the digest; null unless critical. */
    private static byte[] acmeIdentifier(X509Certificate certificate) throws IOException {
        if (certificate.getCriticalExtensionOIDs() == null || !certificate.getCriticalExtensionOIDs().contains(ACME_IDENTIFIER_OID)) {
            return null;
        }
        byte[] wrapped = certificate.getExtensionValue(ACME_IDENTIFIER_OID);
        ASN1Primitive inner = ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(wrapped).getOctets());
        return ASN1OctetString.getInstance(inner).getOctets();
    }

    /** The validation certificate is self-signed by design (RFC 8737 3); trust is in its content. */
    private static final class AcceptAnyServer implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
