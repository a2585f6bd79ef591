package org.certdesk.adapters.perspective;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS contexts of the CA-to-perspective channel: each side presents its {@link TlsIdentity}
 * and trusts only the channel CA, never the JDK's public roots.
 */
public final class ChannelTls {

    private static final char[] IN_MEMORY = "in-memory".toCharArray();

    private ChannelTls() {
    }

    /** Presents {@code identity}; trusts peers whose chain ends at one of {@code trusted}. */
    public static SSLContext context(TlsIdentity identity, List<X509Certificate> trusted) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("identity", identity.privateKey(), IN_MEMORY, identity.chain().toArray(X509Certificate[]::new));
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, IN_MEMORY);

            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            for (int i = 0; i < trusted.size(); i++) {
                anchors.setCertificateEntry("channel-ca-" + i, trusted.get(i));
            }
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(anchors);

            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Could not set up TLS for the perspective channel: " + e.getMessage(), e);
        }
    }
}
