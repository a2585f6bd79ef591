package org.certdesk.adapters.mail;

import jakarta.mail.util.StreamProvider;

/**
 * Names Jakarta Mail's StreamProvider (Angus Mail's) in its system property, unless the operator
 * named one. Without it every MimeMessage, MimeBodyPart and Multipart looks its provider up with
 * a fresh ServiceLoader that scans the class path again (jakartaee/mail-api issues 699 and 861):
 * under the load benchmark that lookup was 28% of submit's CPU (docs/benchmarks.md). Jakarta
 * Mail's FactoryFinder tries the property's class first.
 */
final class MailStreamProviderPin {

    static final String PROPERTY = StreamProvider.class.getName();
    /** Angus Mail's, Spring Boot's mail implementation (a runtime dependency, hence by name). */
    static final String ANGUS_MAIL_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    private MailStreamProviderPin() {
    }

    static void pin() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, ANGUS_MAIL_PROVIDER);
        }
    }
}
