package org.certdesk.domain.acme;

import java.util.List;
import java.util.Optional;

/** Port: the profiles the admin offers to ACME clients, kept as data. */
public interface AcmeProfiles {

    List<AcmeProfile> all();

    default Optional<AcmeProfile> find(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    void save(AcmeProfile profile);
}
