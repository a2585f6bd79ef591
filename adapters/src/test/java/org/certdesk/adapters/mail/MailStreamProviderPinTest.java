package org.certdesk.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

/** Jakarta Mail finds its StreamProvider by the pinned class name, not by a ServiceLoader scan per message part. */
class MailStreamProviderPinTest {

    @Test
    void theMailAdapterNamesAngusMailsProviderUnlessOneIsNamedAlready() {
        String before = System.getProperty(MailStreamProviderPin.PROPERTY);
        try {
            System.clearProperty(MailStreamProviderPin.PROPERTY);
            MailStreamProviderPin.pin();
            assertThat(System.getProperty(MailStreamProviderPin.PROPERTY)).isEqualTo(MailStreamProviderPin.ANGUS_MAIL_PROVIDER);
            assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(MailStreamProviderPin.ANGUS_MAIL_PROVIDER);

            System.setProperty(MailStreamProviderPin.PROPERTY, "com.example.OperatorsProvider");
            MailStreamProviderPin.pin();
            assertThat(System.getProperty(MailStreamProviderPin.PROPERTY)).as("an operator's choice stays").isEqualTo("com.example.OperatorsProvider");
        } finally {
            if (before == null) {
                System.clearProperty(MailStreamProviderPin.PROPERTY);
            } else {
                System.setProperty(MailStreamProviderPin.PROPERTY, before);
            }
            MailStreamProviderPin.pin();
        }
    }
}
