package org.certdesk.adapters.persistence.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.profile.ManageProfiles;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.profile.Profiles;
import org.certdesk.domain.shared.NotPermittedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Information Management against MariaDB: saved once, read back whole, never across tenants. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class ProfilesPersistenceTest {

    @Autowired
    TestActors actors;
    @Autowired
    Profiles profiles;
    @Autowired
    Transactions transactions;
    @Autowired
    Tenants tenants;
    @Autowired
    UserAccounts accounts;

    @Test
    void savedContactsAndCompaniesBelongToTheirTenantAndAreNotDuplicated() {
        ManageProfiles manage = new ManageProfiles(profiles, transactions);
        Actor alice = actors.customer();
        Actor bob = actors.customer();
        Contact contact = new Contact("Li Wei", EmailAddress.parse("li.wei@example.com"), PhoneNumber.parse("+86 138 0013 8000"));
        Organization company = new Organization("Example Trading Co., Ltd.", "91110000600037341L", "Limited company", "CN",
                "Beijing", "Beijing", "1 Chang'an Avenue", "100000", PhoneNumber.parse("+86 10 1234 5678"));

        manage.saveContact(alice, contact);
        manage.saveContact(alice, contact);
        manage.saveCompany(alice, company);

        assertThat(manage.contacts(alice)).singleElement().satisfies(saved -> assertThat(saved.contact()).isEqualTo(contact));
        assertThat(manage.companies(alice)).singleElement().satisfies(saved -> assertThat(saved.organization()).isEqualTo(company));
        assertThat(manage.contacts(bob)).isEmpty();
        assertThat(manage.companies(bob)).isEmpty();
        Actor reviewer = Actor.staff(accounts.save(UserAccount.newStaff("r-" + unique(), "R", "hash", Role.REVIEWER)).id(),
                "r", Role.REVIEWER);
        assertThatThrownBy(() -> manage.contacts(reviewer)).isInstanceOf(NotPermittedException.class);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
