package org.certdesk.ui.demo;

import java.util.stream.Collectors;

import org.certdesk.application.demo.DemoAccount;
import org.certdesk.application.demo.SeedDemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Seeds the demo accounts on first start and prints them, so a newcomer can sign in at once. */
@Component
@Conditional(DemoDataEnabled.class)
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final SeedDemoData seedDemoData;

    DemoDataSeeder(SeedDemoData seedDemoData) {
        this.seedDemoData = seedDemoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        SeedDemoData.Result result = seedDemoData.seedIfEmpty();
        String table = result.accounts().stream().map(DemoDataSeeder::line).collect(Collectors.joining("\n"));
        log.info("{}\n\n  CertDesk demo accounts (username / password / role):\n{}\n",
                result.seeded() ? "Demo data seeded." : "Demo data present.", table);
    }

    private static String line(DemoAccount account) {
        return "    %-6s / %-11s / %s%s".formatted(account.username(), account.password(), account.role(),
                account.tenant() == null ? "" : " of " + account.tenant());
    }
}
