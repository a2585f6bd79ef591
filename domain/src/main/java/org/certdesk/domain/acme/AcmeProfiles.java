package org.certdesk.domain.acme;

import java.util.List;
import java.util.Optional;
import org.certdesk.domain.shared.DomainRepository;

/** Port: the profiles the admin offers to ACME clients, kept as data. */
@DomainRepository
public interface AcmeProfiles {

    List<AcmeProfile> all();

    default Optional<AcmeProfile> find(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    void save(AcmeProfile profile);
}
