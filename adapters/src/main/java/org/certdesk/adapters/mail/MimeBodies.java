package org.certdesk.adapters.mail;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The plain-text and HTML bodies of a MIME message, found however deep the multiparts nest. */
record MimeBodies(String text, String html) {

    static MimeBodies of(Part message) throws MessagingException, IOException {
        return collect(message, new MimeBodies("", ""));
    }

    private static MimeBodies collect(Part part, MimeBodies found) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return found;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            MimeBodies result = found;
            for (int i = 0; i < multipart.getCount(); i++) {
                result = collect(multipart.getBodyPart(i), result);
            }
            return result;
        }
        if (part.isMimeType("text/plain") && found.text().isEmpty()) {
            return new MimeBodies((String) part.getContent(), found.html());
        }
        if (part.isMimeType("text/html") && found.html().isEmpty()) {
            return new MimeBodies(found.text(), (String) part.getContent());
        }
        return found;
    }
}
