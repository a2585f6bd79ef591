package org.certdesk.adapters.ca.hierarchy;

import org.certdesk.domain.policy.IssuancePolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The CA's configuration in one place: the public base URL for AIA and CRL links, the DV
 * commonName profile option (BR 7.1.2.7.2: NOT RECOMMENDED, so off by default), whether the demo
 * zone is served (its internal names are then allowed), and the issuance policy (the Baseline
 * Requirements schedule unless the application defines its own bean).
 */
@Component
public class CaSettings {

    private final CaUrls urls;
    private final boolean dvCommonName;
    private final boolean demoZoneServed;
    private final IssuancePolicy policy;

    @Autowired
    CaSettings(@Value("${certdesk.public-url:http://localhost:8080}") String publicUrl,
               @Value("${certdesk.ca.dv-common-name:false}") boolean dvCommonName,
               @Value("${certdesk.demo-zone.enabled:true}") boolean demoZoneServed,
               ObjectProvider<IssuancePolicy> policy) {
        this(new CaUrls(publicUrl), dvCommonName, demoZoneServed, policy.getIfAvailable(IssuancePolicy::baselineRequirements));
    }

    CaSettings(CaUrls urls, boolean dvCommonName, boolean demoZoneServed, IssuancePolicy policy) {
        this.urls = urls;
        this.dvCommonName = dvCommonName;
        this.demoZoneServed = demoZoneServed;
        this.policy = policy;
    }

    public CaUrls urls() {
        return urls;
    }

    public boolean dvCommonName() {
        return dvCommonName;
    }

    public boolean demoZoneServed() {
        return demoZoneServed;
    }

    public IssuancePolicy policy() {
        return policy;
    }
}
