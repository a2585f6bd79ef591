package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Response;
import org.certdesk.ui.DemoNames;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.port.CapturedMail;
import org.certdesk.application.port.EmailConfirmations;
import org.certdesk.application.port.EmailConfirmations.PendingConfirmation;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.review.SendVerificationEmail;
import org.certdesk.application.review.ShowReviewDetail;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.ui.review.OvApplications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The verification email's /confirm link opened when it no longer counts (issue 14): an expired
 * link and one used already each get a plain page that says so, with status 200, no stack trace,
 * and nothing about the application changes.
 */
class ConfirmLinkBrowserTest extends ChromiumTest {

    private static final Pattern LINK = Pattern.compile("/confirm/([A-Za-z0-9]{43})");

    @Autowired
    UserAccounts accounts;
    @Autowired
    BuyCertificates buy;
    @Autowired
    SubmitApplication submit;
    @Autowired
    DemoNames demoNames;
    @Autowired
    SendVerificationEmail sendVerificationEmail;
    @Autowired
    CapturedMail capturedMail;
    @Autowired
    EmailConfirmations confirmations;
    @Autowired
    ShowReviewDetail showReviewDetail;
    @Autowired
    Certificates certificates;

    OvApplications fixtures;
    OvApplications.Submitted submitted;
    Actor rita;

    @BeforeEach
    void anApplicationWaitingForItsEmailConfirmation() {
        fixtures = new OvApplications(accounts, buy, submit, demoNames);
        submitted = fixtures.submitted("bob");
        rita = fixtures.actorOf("rita");
    }

    @Test
    void anExpiredLinkSaysSoAndConfirmsNothing() {
        String token = "Expired" + UUID.randomUUID().toString().replace("-", "").substring(0, 32) + "abcd";
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int round = certificates.findAnyById(submitted.id()).orElseThrow().round();
        sendVerificationEmail.send(rita, submitted.id());
        // Beside the fresh link, one mailed eight days ago: its seven-day lifetime ended yesterday.
        confirmations.store(new PendingConfirmation(sha256(token), submitted.id(), round, submitted.contact().value(),
                now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(1)), null, null));
        long version = certificates.findAnyById(submitted.id()).orElseThrow().version();

        openAndConfirm(token);

        assertThat(page.locator("#confirm-result")).hasText("This link has expired. Ask the reviewer to send a new verification email.");
        assertThat(page.locator("#confirm-result")).hasClass("confirm-failed");
        assertThat(confirmations.findByHash(sha256(token)).orElseThrow().usedAt()).isNull();
        assertThat(showReviewDetail.show(rita, submitted.id()).emailConfirmedAt()).isNull();
        assertThat(certificates.findAnyById(submitted.id()).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void aLinkOpenedAgainAfterUseSaysSoAndChangesNothing() {
        sendVerificationEmail.send(rita, submitted.id());
        String token = mailedToken();
        openAndConfirm(token);
        assertThat(page.locator("#confirm-result")).containsText("your confirmation is recorded");
        Instant usedAt = confirmations.findByHash(sha256(token)).orElseThrow().usedAt();
        Instant confirmedAt = showReviewDetail.show(rita, submitted.id()).emailConfirmedAt();
        long version = certificates.findAnyById(submitted.id()).orElseThrow().version();
        assertThat(usedAt).isNotNull();
        assertThat(confirmedAt).isNotNull();

        openAndConfirm(token);

        assertThat(page.locator("#confirm-result")).hasText("This link was already used; your confirmation is recorded.");
        assertThat(page.locator("#confirm-result")).hasClass("confirm-failed");
        assertThat(confirmations.findByHash(sha256(token)).orElseThrow().usedAt()).isEqualTo(usedAt);
        assertThat(showReviewDetail.show(rita, submitted.id()).emailConfirmedAt()).isEqualTo(confirmedAt);
        assertThat(certificates.findAnyById(submitted.id()).orElseThrow().version()).isEqualTo(version);
    }

    /** Opens the link in a fresh browser (the applicant's, signed in nowhere) and clicks Confirm. */
    private void openAndConfirm(String token) {
        context.clearCookies();
        Response response = page.navigate(url("/confirm/" + token));
        assertThat(response.status()).isEqualTo(200);
        page.locator("#confirm-email").click();
        assertThat(page.locator("#confirm-result")).not().isEmpty();
        assertThat(page.locator("#confirm-email")).isDisabled();
        String shown = page.locator("body").innerText();
        assertThat(shown).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("500");
    }

    private String mailedToken() {
        // Up to 30 s: the mail leaves on an after-commit thread, which a loaded machine can hold up.
        for (int attempt = 0; attempt < 300; attempt++) {
            for (CapturedMail.CapturedMessage message : capturedMail.recent(100)) {
                Matcher matcher = LINK.matcher(message.textBody());
                if (message.to().contains(submitted.contact().value()) && matcher.find()) {
                    return matcher.group(1);
                }
            }
            page.waitForTimeout(100);
        }
        throw new AssertionError("No verification link was mailed to " + submitted.contact());
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

}
