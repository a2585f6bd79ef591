package org.certdesk.adapters.whois;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.net.whois.WhoisClient;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.review.Whois;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The registrant organization of a registered domain, over RFC 3912 Whois: ask the configured
 * server, follow one "refer:"/"whois:" referral (IANA points to the TLD's server), read the
 * registrant line. Unreachable or unreadable means "not available", never an exception.
 */
@Component
@EnableConfigurationProperties(WhoisProperties.class)
class CommonsNetWhois implements Whois {

    private static final Logger log = LoggerFactory.getLogger(CommonsNetWhois.class);
    private static final Pattern REFERRAL = Pattern.compile("(?im)^\\s*(?:refer|whois)\\s*:\\s*(\\S+)\\s*$");
    private static final Pattern REGISTRANT = Pattern.compile(
            "(?im)^\\s*(?:Registrant Organi[sz]ation|Registrant|org-name|organisation|org)\\s*:\\s*(.+?)\\s*$");
    private static final int MAX_REFERRALS = 2;

    private final WhoisProperties properties;

    CommonsNetWhois(WhoisProperties properties) {
        this.properties = properties;
    }

    @Override
    public Optional<String> registrantOrganization(DomainName registeredDomain) {
        String host = properties.host();
        try {
            for (int hop = 0; hop <= MAX_REFERRALS; hop++) {
                String answer = query(host, registeredDomain.ascii());
                Optional<String> registrant = firstGroup(REGISTRANT, answer);
                if (registrant.isPresent()) {
                    return registrant;
                }
                Optional<String> referral = firstGroup(REFERRAL, answer).filter(next -> !next.equalsIgnoreCase(properties.host()));
                if (referral.isEmpty()) {
                    return Optional.empty();
                }
                host = referral.get();
            }
        } catch (IOException e) {
            log.warn("Whois query for {} at {} failed: {}", registeredDomain.ascii(), host, e.getMessage());
        }
        return Optional.empty();
    }

    private String query(String host, String domain) throws IOException {
        WhoisClient client = new WhoisClient();
        int timeout = (int) properties.timeout().toMillis();
        client.setDefaultTimeout(timeout);
        client.setConnectTimeout(timeout);
        try {
            client.connect(host, properties.port());
            client.setSoTimeout(timeout);
            return client.query(domain);
        } finally {
            if (client.isConnected()) {
                client.disconnect();
            }
        }
    }

    private static Optional<String> firstGroup(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
