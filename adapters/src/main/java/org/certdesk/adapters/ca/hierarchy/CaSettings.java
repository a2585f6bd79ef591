package org.certdesk.adapters.ca.hierarchy;

import org.certdesk.domain.policy.IssuancePolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The CA's configuration in one place: the public base URL for AIA and CRL links, the DV
 * commonName profile option (BR 7.1.2.7.2: NOT RECOMMENDED, so off by default), whether the demo
 * zone is served (its internal names are then allowed), the country in the subjects of a new CA
 * hierarchy (BR 7.1.2.10.2; a stored hierarchy keeps its own), and the issuance policy (the Baseline
 * Requirements schedule unless the application defines its own bean).
 */
@Component
public class CaSettings {

    private final CaUrls urls;
    private final boolean dvCommonName;
    private final boolean demoZoneServed;
    private final CaCountry country;
    private final IssuancePolicy policy;

    @Autowired
    CaSettings(@Value("${certdesk.public-url:http://localhost:8080}") String publicUrl,
               @Value("${certdesk.ca.dv-common-name:false}") boolean dvCommonName,
               @Value("${certdesk.demo-zone.enabled:true}") boolean demoZoneServed,
               @Value("${" + CaCountry.PROPERTY + ":US}") String country,
               ObjectProvider<IssuancePolicy> policy) {
        this(new CaUrls(publicUrl), dvCommonName, demoZoneServed, CaCountry.of(country),
                policy.getIfAvailable(IssuancePolicy::baselineRequirements));
    }

    CaSettings(CaUrls urls, boolean dvCommonName, boolean demoZoneServed, CaCountry country, IssuancePolicy policy) {
        this.urls = urls;
        this.dvCommonName = dvCommonName;
        this.demoZoneServed = demoZoneServed;
        this.country = country;
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

    public CaCountry country() {
        return country;
    }

    public IssuancePolicy policy() {
        return policy;
    }
}
