package org.certdesk.adapters.persistence.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("user_account")
record UserAccountRow(
        @Id Long id,
        String username,
        String displayName,
        String passwordHash,
        String role,
        Long tenantId,
        boolean enabled,
        @Version Long version,
        Instant createdAt) {
}
