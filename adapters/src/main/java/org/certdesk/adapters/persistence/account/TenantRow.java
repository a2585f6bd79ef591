package org.certdesk.adapters.persistence.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("tenant")
record TenantRow(@Id Long id, String name, String slug, Instant createdAt) {
}
