package org.certdesk.adapters.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SMTP server inside the console (GreenMail), so a fresh machine can send and read every
 * notification without a mail server. Loopback only, on a free port; mail stays in memory.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final GreenMail greenMail;

    private EmbeddedMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static EmbeddedMailServer start() {
        MailStreamProviderPin.pin(); // the server parses every mail it receives into MimeMessages too
        GreenMail greenMail = new GreenMail(ServerSetup.SMTP.createCopy(LOOPBACK).dynamicPort());
        greenMail.start();
        EmbeddedMailServer server = new EmbeddedMailServer(greenMail);
        log.info("Mail goes to the embedded SMTP server on {}:{} and stays in memory for the admin Outbox"
                + " (set spring.mail.host to send real mail)", server.host(), server.port());
        return server;
    }

    public String host() {
        return LOOPBACK;
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
