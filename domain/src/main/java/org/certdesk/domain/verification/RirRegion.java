package org.certdesk.domain.verification;

/** The five Regional Internet Registry service regions: remote perspectives must span two (BR 3.2.2.9). */
public enum RirRegion {
    AFRINIC,
    APNIC,
    ARIN,
    LACNIC,
    RIPE_NCC
}
