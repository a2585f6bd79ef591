package org.certdesk.adapters.demo;

/** The record types a demo-zone user may edit; SOA and NS of the apex are made by the server. */
public enum DemoRecordType {
    TXT,
    A,
    CAA
}
