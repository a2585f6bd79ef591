package org.certdesk.adapters.ca.issuance;

import java.util.Locale;
import java.util.Optional;

import org.certdesk.adapters.ca.hierarchy.CaHierarchyKeeper;
import org.certdesk.application.port.IssuanceRecords;
import org.springframework.stereotype.Component;

/** An issued leaf as the CA stored it, with the root it chains to and the lint result kept at signing. */
@Component
class CaIssuanceRecords implements IssuanceRecords {

    private final IssuedCertificateStore store;
    private final CaHierarchyKeeper hierarchy;

    CaIssuanceRecords(IssuedCertificateStore store, CaHierarchyKeeper hierarchy) {
        this.store = store;
        this.hierarchy = hierarchy;
    }

    @Override
    public Optional<IssuanceRecord> bySerial(String serialHex) {
        String serial = serialHex.toLowerCase(Locale.ROOT);
        return store.findBySerial(serial).map(leaf -> new IssuanceRecord(leaf.leafPem(), leaf.chainPem(),
                hierarchy.hierarchy().root().pem(), leaf.issuedAt(),
                store.lint(serial).map(checks -> checks.stream()
                        .map(check -> new LintResult(check.name(), check.brSection(), check.notice())).toList())));
    }
}
