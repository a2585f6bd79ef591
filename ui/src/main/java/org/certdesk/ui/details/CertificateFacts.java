package org.certdesk.ui.details;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import org.certdesk.application.port.X509Facts;

/** The facts of a leaf and its chain, shared by the details of issued and of uploaded certificates. */
final class CertificateFacts {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private CertificateFacts() {
    }

    static FactList of(X509Facts leaf, List<String> names, long daysLeft) {
        FactList facts = new FactList();
        facts.add("details.serial", leaf.serialHex(), "details-serial");
        facts.addAll("details.names", names, "details-names");
        facts.add("details.subject", leaf.subject().isEmpty() ? facts.getTranslation("details.subjectEmpty") : leaf.subject(),
                "details-subject");
        facts.add("details.issuer", leaf.issuer(), "details-issuer");
        facts.add("details.notBefore", WHEN.format(leaf.notBefore()), "details-not-before");
        facts.add("details.notAfter", WHEN.format(leaf.notAfter()), "details-not-after");
        facts.add("details.daysLeft", daysLeft < 0 ? facts.getTranslation("details.expired")
                : facts.getTranslation("details.days", daysLeft), "details-days-left");
        facts.add("details.key", facts.getTranslation("details.keyValue", leaf.keyAlgorithm(), leaf.keyBits()), "details-key");
        facts.add("details.signatureAlgorithm", leaf.signatureAlgorithm(), "details-signature-algorithm");
        facts.add("details.sha256", leaf.sha256(), "details-sha256").addClassName("fingerprint");
        facts.add("details.sha1", leaf.sha1(), "details-sha1").addClassName("fingerprint");
        facts.addAll("details.policy", leaf.policyOids(), "details-policy");
        facts.addAll("details.crl", leaf.crlUrls(), "details-crl");
        facts.addAll("details.ocsp", leaf.ocspUrls(), "details-ocsp");
        facts.addAll("details.caIssuers", leaf.caIssuerUrls(), "details-ca-issuers");
        return facts;
    }

    /** The leaf, then each certificate above it; the last one says whether it is a self-signed root. */
    static DetailsSection chain(X509Facts leaf, List<X509Facts> above) {
        OrderedList list = new OrderedList();
        list.addClassName("certificate-chain");
        list.add(entry(leaf, "details.chain.leaf"));
        for (X509Facts certificate : above) {
            list.add(entry(certificate, certificate.isSelfIssued() ? "details.chain.root" : "details.chain.intermediate"));
        }
        DetailsSection section = new DetailsSection("details-chain", "details.chain", list);
        if (above.isEmpty() || !above.getLast().isSelfIssued()) {
            Span incomplete = new Span(section.getTranslation("details.chain.incomplete"));
            incomplete.addClassNames("muted", "chain-incomplete");
            section.add(incomplete);
        }
        return section;
    }

    private static ListItem entry(X509Facts certificate, String roleKey) {
        ListItem item = new ListItem();
        item.addClassName("chain-entry");
        Span role = new Span(item.getTranslation(roleKey));
        role.addClassName("chain-role");
        Div subject = new Div(certificate.subject().isEmpty() ? String.join(", ", certificate.subjectAltNames()) : certificate.subject());
        subject.addClassName("chain-subject");
        Div fingerprint = new Div(item.getTranslation("details.chain.entry", certificate.sha256(), WHEN.format(certificate.notAfter())));
        fingerprint.addClassNames("chain-fingerprint", "muted");
        item.add(role, subject, fingerprint);
        return item;
    }
}
