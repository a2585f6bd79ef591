package org.certdesk.adapters.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo zone on MariaDB (issue 17): two console nodes, each with its own DemoZone over the
 * same database, answer the same records; a record published through one is seen by the other
 * within {@link JdbcDemoRecordStore#FRESH_FOR}, and so is its removal.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class DemoZoneSharedByNodesPersistenceTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRecordPublishedOnOneNodeIsAnsweredByTheOtherWithinTheBoundAndSoIsItsRemoval() throws InterruptedException {
        DemoZone nodeA = new DemoZone("example.test", new JdbcDemoRecordStore(jdbc));
        DemoZone nodeB = new DemoZone("example.test", new JdbcDemoRecordStore(jdbc));
        String name = "_dnsauth.www.shared-" + UUID.randomUUID().toString().substring(0, 8) + ".example.test";
        DemoRecord record = new DemoRecord(name, DemoRecordType.TXT, "token-" + "x".repeat(3000));
        assertThat(nodeB.list()).doesNotContain(record);

        nodeA.add(record);
        nodeA.add(record); // publishing twice keeps one record

        assertThat(nodeA.list()).as("the writing node at once").containsOnlyOnce(record);
        Thread.sleep(JdbcDemoRecordStore.FRESH_FOR.toMillis() + 100);
        assertThat(nodeB.list()).as("the other node within the bound").containsOnlyOnce(record);

        assertThat(nodeB.remove(record)).isTrue();
        assertThat(nodeB.remove(record)).isFalse();
        Thread.sleep(JdbcDemoRecordStore.FRESH_FOR.toMillis() + 100);
        assertThat(nodeA.list()).doesNotContain(record);
    }

    @Test
    void aRecordOutsideTheZoneIsRefusedBeforeItReachesTheDatabase() {
        DemoZone zone = new DemoZone("example.test", new JdbcDemoRecordStore(jdbc));
        int before = jdbc.sql("SELECT COUNT(*) FROM demo_zone_record").query(Integer.class).single();

        assertThatThrownBy(() -> zone.add(new DemoRecord("www.example.com", DemoRecordType.TXT, "v")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a name in the demo zone");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM demo_zone_record").query(Integer.class).single()).isEqualTo(before);
    }
}
