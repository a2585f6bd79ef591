package org.certdesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.certdesk.application.issuance.ShowPolicyToday;
import org.certdesk.domain.calendar.Party;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.certdesk.ui.components.PolicyToday;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The SLA clocks' words and the policy line in English and Chinese: word order, relative days, units. */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("alice")
class ClockWordsLanguageTest extends BrowserlessTest {

    /** Saturday 5 December 2026, 10:00 UTC. */
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private Paragraph translator;

    @BeforeEach
    void open() {
        navigate(SslCertificatesView.class);
        translator = new Paragraph();
    }

    @Test
    void englishSaysTodayYesterdayTomorrowAndTheDateOtherwise() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ClockWords words = new ClockWords(translator, NOW);

        assertThat(words.waiting(Party.CUSTOMER, Instant.parse("2026-12-04T14:05:00Z"))).isEqualTo("Waiting on you since yesterday 14:05 UTC");
        assertThat(words.waiting(Party.CA, Instant.parse("2026-12-02T08:00:00Z"))).isEqualTo("Waiting on the CA since Wed 2 Dec");
        assertThat(words.day(LocalDate.of(2026, 12, 6))).isEqualTo("tomorrow");
        assertThat(words.day(LocalDate.of(2027, 1, 4))).isEqualTo("4 Jan 2027");
        assertThat(words.duration(Duration.ofHours(28).plusMinutes(5))).isEqualTo("1 d 4 h");
        assertThat(words.duration(Duration.ofMinutes(7))).isEqualTo("7 min");
    }

    @Test
    void chineseUsesItsOwnWordOrderAndUnits() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        ClockWords words = new ClockWords(translator, NOW);

        assertThat(words.waiting(Party.CUSTOMER, Instant.parse("2026-12-05T09:00:00Z"))).isEqualTo("自今天 09:00 UTC起等待您处理");
        assertThat(words.waiting(Party.CA, Instant.parse("2026-12-02T08:00:00Z"))).isEqualTo("自12月2日 周三起等待 CA 处理");
        assertThat(words.day(LocalDate.of(2027, 1, 4))).isEqualTo("2027年1月4日");
        assertThat(words.duration(Duration.ofHours(3).plusMinutes(10))).isEqualTo("3小时10分钟");
    }

    @Test
    void thePolicyLineNamesTodaysLimitsAndTheDatesTheyShrinkInBothLanguages() {
        ShowPolicyToday.PolicyToday policy = new ShowPolicyToday.PolicyToday(LocalDate.of(2026, 12, 5), 200,
                List.of(new ShowPolicyToday.Change(LocalDate.of(2027, 3, 15), 100), new ShowPolicyToday.Change(LocalDate.of(2029, 3, 15), 47)),
                200, Instant.parse("2027-03-15T10:00:00Z"), List.of(new ShowPolicyToday.Change(LocalDate.of(2027, 3, 15), 100)));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(text(new PolicyToday(policy), "policy-validity")).isEqualTo(
                "A certificate issued today is valid for at most 200 days (BR 6.3.2). Then 100 days from 15 Mar 2027, 47 days from 15 Mar 2029.");
        assertThat(text(new PolicyToday(policy), "policy-reuse")).isEqualTo(
                "Domain validation done today can be reused for 200 days, until 15 Mar 2027 (BR 4.2.1). Then 100 days from 15 Mar 2027.");

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(text(new PolicyToday(policy), "policy-validity")).isEqualTo(
                "今天签发的证书有效期最长 200 天（BR 6.3.2）。之后：自 2027年3月15日 起 100 天，自 2029年3月15日 起 47 天。");
    }

    private static String text(PolicyToday component, String id) {
        return component.getChildren().flatMap(c -> c.getChildren()).filter(c -> c.getId().filter(id::equals).isPresent())
                .findFirst().map(c -> c.getElement().getText()).orElseThrow();
    }
}
