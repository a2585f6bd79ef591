package org.certdesk.adapters.persistence.certificate;

import org.springframework.data.relational.core.mapping.Table;

/** A bound name in ASCII form, copied out of the document so the list can search by domain. */
@Table("certificate_name")
record CertificateNameRow(Long tenantId, String name) {
}
