package org.certdesk.adapters.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.application.admin.ShowCaHierarchy;
import org.certdesk.application.port.CaPublication;
import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.shared.NotPermittedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The admin's view of the hierarchy: root and both issuing CAs, each with its current CRL. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class CaAuthoritiesTest {

    @Autowired
    CaPublication publication;

    @Test
    void listsRootAndIssuingCasWithTheirCurrentCrls() {
        var authorities = new ShowCaHierarchy(publication).authorities(Actor.staff(new AccountId(1), "adam", Role.ADMIN));

        assertThat(authorities).extracting(CaPublication.Authority::role)
                .containsExactly("root", "issuing (ECDSA)", "issuing (RSA)");
        assertThat(authorities).allSatisfy(ca -> {
            assertThat(ca.crlNumber()).isPositive();
            assertThat(ca.crlNextUpdate()).isAfter(ca.crlThisUpdate());
            assertThat(publication.caCertificateDer(ca.id())).isPresent();
        });
    }

    @Test
    void onlyAdminsSeeItHere() {
        assertThatThrownBy(() -> new ShowCaHierarchy(publication).authorities(Actor.staff(new AccountId(2), "rita", Role.REVIEWER)))
                .isInstanceOf(NotPermittedException.class);
    }
}
