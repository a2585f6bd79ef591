package org.certdesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.EvDetails;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.certificate.UpperBounds;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.verification.VerificationToken;
import org.junit.jupiter.api.Test;

/**
 * A paste of megabytes into any field is refused with a short message in the user's language,
 * at the field, and the refusal quotes at most a short prefix of what was typed (issue 14).
 */
class HugeInputTest {

    private static final String MEGABYTES = "x".repeat(5 * 1024 * 1024);
    private static final PhoneNumber PHONE = PhoneNumber.parse("+86 21 5555 0000");
    private static final EmailAddress EMAIL = new EmailAddress("carol@example.com");

    @Test
    void aRefusalQuotesAtMostAShortPrefixOfWhatWasTyped() {
        String typed = "a".repeat(300) + ".example.com";

        assertThatThrownBy(() -> DomainName.parse(typed)).isInstanceOfSatisfying(DomainException.class, refused -> {
            assertThat(refused.getMessage()).startsWith("'" + "a".repeat(Quote.MAX_LENGTH) + "…'").hasSizeLessThan(200);
            assertThat(refused.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("a".repeat(Quote.MAX_LENGTH) + "…")
                    .doesNotContain("a".repeat(Quote.MAX_LENGTH + 1));
        });
    }

    @Test
    void shortInputIsQuotedWholeAndALongOneIsNotCutInsideASurrogatePair() {
        assertThat(Quote.of("shop.example.com")).isEqualTo("shop.example.com");
        assertThat(Quote.of("x".repeat(Quote.MAX_LENGTH))).isEqualTo("x".repeat(Quote.MAX_LENGTH));
        String emoji = "x".repeat(Quote.MAX_LENGTH - 1) + "😀" + "tail";

        assertThat(Quote.of(emoji)).isEqualTo("x".repeat(Quote.MAX_LENGTH - 1) + "…");
    }

    @Test
    void aListArgumentIsQuotedNameByNameNotCutAsAWhole() {
        List<String> names = List.of("www.example.com", "shop.example.com", "mail.example.com", "b".repeat(100) + ".example.com");

        String message = Refusal.of("certificate.verificationIncomplete", names).in(Locale.ROOT);

        assertThat(message).isEqualTo("Domain verification is not complete for: www.example.com, shop.example.com, mail.example.com, "
                + "b".repeat(Quote.MAX_LENGTH) + "….");
    }

    @Test
    void megabytesOfEmailPhoneOrNamesAreRefusedBeforeBeingParsedOrQuoted() {
        assertThatThrownBy(() -> EmailAddress.parse(MEGABYTES + "@example.com"))
                .hasMessage("An email address has at most 254 characters.");
        assertThatThrownBy(() -> PhoneNumber.parse(MEGABYTES)).hasMessage("A phone number has at most 32 characters.");
        assertThatThrownBy(() -> Identifiers.parseLines(MEGABYTES))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageIn(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("名称列表最多 64 KiB 文本；此次为 5,120 KiB。请每行输入一个名称或地址。"));
    }

    @Test
    void theLongestAllowedEmailPhoneAndNameListAreAccepted() {
        String local = "l".repeat(64);
        String domain = "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(57) + ".com";
        assertThat(EmailAddress.parse(local + "@" + domain).value()).hasSize(EmailAddress.MAX_LENGTH);
        assertThat(PhoneNumber.parse("+8 6 2 1 5 5 5 5 0 0 0 0 1 2 3").value()).isEqualTo("+862155550000123");
        assertThat(Identifiers.parseLines("shop.example.com\n" + " ".repeat(Identifiers.MAX_TEXT_LENGTH - 17)).size())
                .isEqualTo(1);
    }

    @Test
    void everySubjectFieldIsBoundedByItsX520UpperBoundAtItsField() {
        assertThat(organization("O".repeat(UpperBounds.NAME), "Shanghai").legalName()).hasSize(64);
        assertRefusedAt(() -> organization("O".repeat(UpperBounds.NAME + 1), "Shanghai"), "legalName",
                "Organization name may have at most 64 characters.");
        assertRefusedAt(() -> organization("Example Ltd", MEGABYTES), "city", "City may have at most 128 characters.");
        assertRefusedAt(() -> new Contact(MEGABYTES, EMAIL, PHONE), "contactName", "Contact name may have at most 64 characters.");
        assertRefusedAt(() -> new EvDetails.Superior("Sam", MEGABYTES, PHONE, EMAIL), "superiorTitle",
                "Superior's title may have at most 64 characters.");
    }

    @Test
    void plainMessagesQuoteTypedValuesShortToo() {
        assertThatThrownBy(() -> UserAccount.newStaff(MEGABYTES, "X", "{noop}x", org.certdesk.domain.account.Role.ADMIN))
                .message().hasSizeLessThan(200).endsWith("…'.");
        assertThatThrownBy(() -> new VerificationToken(MEGABYTES, java.time.Instant.EPOCH, java.time.Instant.EPOCH.plusSeconds(60))).message().hasSizeLessThan(200);
    }

    private static Organization organization(String legalName, String city) {
        return new Organization(legalName, "91310000MA1FL0001X", "Limited company", "CN", "Shanghai", city, "1 Century Avenue",
                "200120", PHONE);
    }

    private static void assertRefusedAt(Runnable action, String field, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, refused -> {
            assertThat(refused.field()).contains(field);
            assertThat(refused.getMessage()).isEqualTo(message);
        });
    }
}
