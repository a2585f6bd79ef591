package org.certdesk.ui.admin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Pre;

/**
 * A mail's text part as the outbox shows it, with its http and https links as anchors, so a demo
 * can click the verification link. The text is mail content, i.e. data: it becomes text nodes and
 * anchors built node by node, never HTML, and any other scheme (javascript:, data:) stays text.
 */
final class LinkedMailText extends Pre {

    /** A candidate link ends at white space or at a character that cannot stand unescaped in a URL. */
    private static final Pattern CANDIDATE = Pattern.compile("(?i)https?://[^\\s<>\"'`{}|\\\\^]+");
    /** Punctuation a sentence puts after a link ("Open https://.../confirm/x."), not part of it. */
    private static final String TRAILING = ".,;:!?)]";

    LinkedMailText(String text) {
        addClassName("mail-text");
        Matcher candidate = CANDIDATE.matcher(text);
        int from = 0;
        while (candidate.find()) {
            String link = withoutTrailingPunctuation(candidate.group());
            Optional<Anchor> anchor = anchorFor(link);
            if (anchor.isEmpty()) {
                continue;
            }
            add(new Text(text.substring(from, candidate.start())));
            add(anchor.get());
            from = candidate.start() + link.length();
        }
        add(new Text(text.substring(from)));
    }

    private static String withoutTrailingPunctuation(String link) {
        int end = link.length();
        while (end > 0 && TRAILING.indexOf(link.charAt(end - 1)) >= 0) {
            end--;
        }
        return link.substring(0, end);
    }

    /** An anchor only for a well-formed absolute http(s) URL with a host; anything else stays text. */
    private static Optional<Anchor> anchorFor(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
        } catch (URISyntaxException notAUrl) {
            return Optional.empty();
        }
        Anchor anchor = new Anchor(link, link, AnchorTarget.BLANK);
        // The opened page gets no handle on the admin's window, nor the outbox's address.
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        anchor.addClassName("mail-link");
        return Optional.of(anchor);
    }
}
