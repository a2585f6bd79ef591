package org.certdesk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

/** The outbox's mail text: http(s) links become anchors, everything else stays text, nothing becomes HTML. */
class LinkedMailTextTest {

    private static List<Element> anchors(LinkedMailText text) {
        return text.getElement().getChildren().filter(child -> !child.isTextNode() && "a".equals(child.getTag())).toList();
    }

    private static String shownText(LinkedMailText text) {
        return text.getElement().getChildren()
                .map(Element::getText)
                .reduce("", String::concat);
    }

    @Test
    void theVerificationLinkIsAnAnchorWithoutTheFullStopAfterIt() {
        String mail = "Please confirm the request:\nhttp://localhost:8080/confirm/AbC123.\nThanks, CertDesk";

        LinkedMailText text = new LinkedMailText(mail);

        assertThat(anchors(text)).singleElement().satisfies(anchor -> {
            assertThat(anchor.getAttribute("href")).isEqualTo("http://localhost:8080/confirm/AbC123");
            assertThat(anchor.getText()).isEqualTo("http://localhost:8080/confirm/AbC123");
            assertThat(anchor.getAttribute("target")).isEqualTo("_blank");
            assertThat(anchor.getAttribute("rel")).isEqualTo("noopener noreferrer");
        });
        assertThat(shownText(text)).as("the text reads as before, every character kept").isEqualTo(mail);
    }

    @Test
    void markupAndOtherSchemesInTheMailStayText() {
        String mail = "<a href=\"javascript:alert(1)\">click</a> <img src=x onerror=alert(2)> javascript:alert(3) "
                + "data:text/html,<script>alert(4)</script> see https://shop.example.com/a?b=1&c=2, ftp://files.example.com";

        LinkedMailText text = new LinkedMailText(mail);

        assertThat(anchors(text)).extracting(anchor -> anchor.getAttribute("href"))
                .containsExactly("https://shop.example.com/a?b=1&c=2");
        assertThat(text.getElement().getChildren().filter(child -> !child.isTextNode()).map(Element::getTag))
                .as("no element but the one anchor").containsExactly("a");
        assertThat(shownText(text)).isEqualTo(mail);
    }

    @Test
    void aLinkWithoutAHostStaysText() {
        LinkedMailText text = new LinkedMailText("broken: http://[not-a-host/x and https:///path");

        assertThat(anchors(text)).isEmpty();
        assertThat(shownText(text)).isEqualTo("broken: http://[not-a-host/x and https:///path");
    }
}
