package org.certdesk.adapters.persistence.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface UserAccountRowRepository extends CrudRepository<UserAccountRow, Long> {

    Optional<UserAccountRow> findByUsername(String username);

    List<UserAccountRow> findAllByOrderByUsername();
}
