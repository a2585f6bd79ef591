package org.certdesk.loadbench;

import java.util.Map;
import java.util.UUID;

import org.certdesk.application.apply.LoadApplication;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.verification.VerificationMethod;
import org.certdesk.ui.DemoNames;
import org.certdesk.ui.security.CertDeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's buy, apply and submit use cases over plain HTTP, for the load test only: Vaadin's
 * UIDL protocol is not practical to drive from Gatling (see docs/benchmarks.md, "Load"). It lives
 * in src/bench, which only the {@code load} profile compiles, and only ConsoleLoadBenchmarkTest
 * imports it; the production application has no such endpoint. It sits behind the application's
 * own security chain: a signed-in session, the CSRF token and the same-origin check on every POST.
 * The use cases are the ones the Buy dialog and the Apply panel call, with the signed-in actor.
 */
@RestController
@RequestMapping("/bench-load")
public class ConsoleUseCasesOverHttp {

    private final BuyCertificates buy;
    private final LoadApplication loadApplication;
    private final SubmitApplication submit;
    private final DemoNames demoNames;

    ConsoleUseCasesOverHttp(BuyCertificates buy, LoadApplication loadApplication, SubmitApplication submit, DemoNames demoNames) {
        this.buy = buy;
        this.loadApplication = loadApplication;
        this.submit = submit;
        this.demoNames = demoNames;
    }

    /** The session's CSRF token, which the load client sends back on each POST as a browser would. */
    @GetMapping("/csrf")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }

    /** The Buy dialog: one DV single-name certificate of the CertDesk brand. */
    @PostMapping("/certificates")
    Map<String, Long> buy(@AuthenticationPrincipal CertDeskUser user) {
        CertificateId id = buy.buy(new BuyCertificates.Command(user.actor(), "CertDesk", ValidationType.DV, Coverage.SINGLE, 1, 1))
                .getFirst();
        return Map.of("id", id.value());
    }

    /** Opening the Apply panel. */
    @GetMapping("/certificates/{id}/application")
    Map<String, String> apply(@AuthenticationPrincipal CertDeskUser user, @PathVariable long id) {
        return Map.of("status", loadApplication.load(user.actor(), CertificateId.of(id)).status().name());
    }

    /** Submitting the Apply panel: a fresh name in the tenant's part of the demo zone, DNS TXT. */
    @PostMapping("/certificates/{id}/application")
    Map<String, String> submit(@AuthenticationPrincipal CertDeskUser user, @PathVariable long id) {
        Actor actor = user.actor();
        String name = "www.load-" + UUID.randomUUID().toString().substring(0, 8) + "." + demoNames.partOf(actor.username());
        var submitted = submit.submit(new SubmitApplication.Command(actor, CertificateId.of(id), new CertificateApplication(
                Identifiers.parseLines(name), new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256),
                new Contact("Load Contact", EmailAddress.parse("load@example.com"), PhoneNumber.parse("+86 138 0013 8000")),
                null, null, VerificationMethod.DNS_TXT)));
        return Map.of("status", submitted.status().name());
    }
}
