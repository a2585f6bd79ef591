package org.certdesk.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.certdesk.application.progress.Phrase;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.certdesk.ui.console.SslCertificatesView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** A progress-log line reads in the viewer's language, its inner phrases too, and English as it always read. */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("alice")
class PhraseTextTest extends BrowserlessTest {

    private static final Phrase REJECTED = Phrase.of("progress.log.rejected", 1, Phrase.of("progress.cause.withNote",
            Phrase.of("progress.cause.ORGANIZATION_DATA_MISMATCH"), "the name differs from the business licence"));
    private static final Phrase CHECKED = Phrase.of("progress.log.checkFound", "shop.example.com",
            Phrase.of("progress.check.dnsMismatch"), Phrase.of("progress.asWritten", "wrong-token"));

    @Test
    void englishReadsAsTheLogAlwaysRead() {
        navigate(SslCertificatesView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Span view = new Span();

        assertThat(PhraseText.in(view, REJECTED)).isEqualTo("Application rejected (round 1): The organization data do not match"
                + " the official records: the name differs from the business licence");
        assertThat(PhraseText.in(view, CHECKED)).isEqualTo("shop.example.com: Mismatch found in the DNS record. (found: wrong-token)");
    }

    @Test
    void chineseTranslatesEveryPartButWhatWasTypedOrFound() {
        navigate(SslCertificatesView.class);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        Span view = new Span();

        assertThat(PhraseText.in(view, REJECTED)).isEqualTo("申请被驳回（第 1 轮）：组织信息与官方记录不符：the name differs from the business licence");
        assertThat(PhraseText.in(view, CHECKED)).isEqualTo("shop.example.com：DNS 记录不匹配。（发现：wrong-token）");
    }
}
