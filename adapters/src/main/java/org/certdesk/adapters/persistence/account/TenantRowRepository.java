package org.certdesk.adapters.persistence.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface TenantRowRepository extends CrudRepository<TenantRow, Long> {

    Optional<TenantRow> findByName(String name);

    List<TenantRow> findAllByOrderByName();

    boolean existsBySlug(String slug);
}
