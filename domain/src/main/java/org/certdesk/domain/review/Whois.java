package org.certdesk.domain.review;

import java.util.Optional;
import org.certdesk.domain.name.DomainName;

/** Port: the registrant organization of a registered domain, as Whois/RDAP shows it. */
public interface Whois {

    Optional<String> registrantOrganization(DomainName registeredDomain);
}
