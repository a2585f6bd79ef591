package org.certdesk.domain.catalogue;

import java.util.List;
import java.util.Optional;
import org.certdesk.domain.shared.DomainRepository;

/** Port: the brands the CA sells and what each allows. */
@DomainRepository
public interface ProductCatalogue {

    /** Every brand, enabled or not, by name. */
    List<BrandOffer> all();

    /** Brand names are unique, compared without regard to case. */
    Optional<BrandOffer> find(String brand);

    /** Stores a new brand (version 0) or a change to a loaded one; a stale version is refused. */
    BrandOffer save(BrandOffer offer);
}
