package org.certdesk.adapters.persistence.account;

import org.springframework.data.repository.CrudRepository;

interface TenantRowRepository extends CrudRepository<TenantRow, Long> {
}
