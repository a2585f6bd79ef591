package org.certdesk.adapters.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.application.admin.EditDemoZone;
import org.certdesk.application.port.DemoZoneAdministration;
import org.certdesk.application.port.DemoZoneAdministration.RecordType;
import org.certdesk.application.port.DemoZoneAdministration.ZoneRecord;
import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.verification.DnsLookup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The admin's demo-zone editing through the use case: what is added is answered by the real demo DNS server. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class DemoZoneAdministrationTest {

    private static final Actor ADMIN = Actor.staff(new AccountId(1), "adam", Role.ADMIN);

    @Autowired
    DemoZoneAdministration zone;
    @Autowired
    DnsLookup dns;

    @Test
    void addedCaaRecordIsServedByTheDemoDnsAndRemovedAgain() {
        EditDemoZone edit = new EditDemoZone(zone);
        String name = "caa-" + UUID.randomUUID().toString().substring(0, 8) + "." + edit.zoneName(ADMIN);
        ZoneRecord caa = new ZoneRecord(name, RecordType.CAA, "0 issue \"other-ca.example\"");

        edit.add(ADMIN, caa);

        assertThat(edit.records(ADMIN)).contains(caa);
        assertThat(dns.caa(name)).isEqualTo(new DnsLookup.DnsAnswer.Records(List.of("0 issue \"other-ca.example\""),
                DnsLookup.Dnssec.SECURE));
        assertThat(edit.remove(ADMIN, caa)).isTrue();
        assertThat(dns.caa(name)).isInstanceOf(DnsLookup.DnsAnswer.NoRecords.class);
    }

    @Test
    void nameOutsideTheZoneIsRefusedReadably() {
        EditDemoZone edit = new EditDemoZone(zone);

        assertThatThrownBy(() -> edit.add(ADMIN, new ZoneRecord("www.example.com", RecordType.TXT, "hello")))
                .isInstanceOf(DomainException.class).hasMessageContaining("not a name in the demo zone");
    }

    @Test
    void onlyAdminsEditTheZone() {
        EditDemoZone edit = new EditDemoZone(zone);
        Actor customer = Actor.customer(new AccountId(2), "alice", TenantId.of(1));
        Actor reviewer = Actor.staff(new AccountId(3), "rita", Role.REVIEWER);

        assertThatThrownBy(() -> edit.records(customer)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> edit.add(reviewer, new ZoneRecord("x." + edit.zoneName(ADMIN), RecordType.TXT, "v")))
                .isInstanceOf(NotPermittedException.class);
    }
}
