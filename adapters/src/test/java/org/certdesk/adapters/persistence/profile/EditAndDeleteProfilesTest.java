package org.certdesk.adapters.persistence.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.profile.DeleteCompanyProfile;
import org.certdesk.application.profile.DeleteSavedContact;
import org.certdesk.application.profile.EditCompanyProfile;
import org.certdesk.application.profile.EditSavedContact;
import org.certdesk.application.profile.ManageProfiles;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.profile.CompanyProfile;
import org.certdesk.domain.profile.Profiles;
import org.certdesk.domain.profile.SavedContact;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Editing and deleting saved contacts and company profiles against MariaDB: the tenant's own only, never two alike. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class EditAndDeleteProfilesTest {

    @Autowired
    TestActors actors;
    @Autowired
    Profiles profiles;
    @Autowired
    Transactions transactions;

    private ManageProfiles manage;
    private EditSavedContact editContact;
    private DeleteSavedContact deleteContact;
    private EditCompanyProfile editCompany;
    private DeleteCompanyProfile deleteCompany;
    private Actor alice;
    private Actor bob;

    @BeforeEach
    void useCases() {
        manage = new ManageProfiles(profiles, transactions);
        editContact = new EditSavedContact(profiles, transactions);
        deleteContact = new DeleteSavedContact(profiles, transactions);
        editCompany = new EditCompanyProfile(profiles, transactions);
        deleteCompany = new DeleteCompanyProfile(profiles, transactions);
        alice = actors.customer();
        bob = actors.customer();
    }

    @Test
    void anEditedContactReadsBackChangedAndADeletedOneIsGone() {
        SavedContact li = manage.saveContact(alice, contact("Li Wei", "li.wei@example.com"));
        SavedContact wang = manage.saveContact(alice, contact("Wang Fang", "wang.fang@example.com"));

        editContact.edit(alice, li.id(), contact("Li Wei", "li.wei@corp.example.com"));
        deleteContact.delete(alice, wang.id());

        assertThat(manage.contacts(alice)).singleElement().satisfies(saved -> {
            assertThat(saved.id()).isEqualTo(li.id());
            assertThat(saved.contact().email().value()).isEqualTo("li.wei@corp.example.com");
        });
    }

    @Test
    void anEditedCompanyReadsBackChangedAndADeletedOneIsGone() {
        CompanyProfile shanghai = manage.saveCompany(alice, company("Example Trading Co., Ltd.", "Shanghai"));
        CompanyProfile beijing = manage.saveCompany(alice, company("Example Holdings Co., Ltd.", "Beijing"));

        editCompany.edit(alice, shanghai.id(), company("Example Trading Co., Ltd.", "Hangzhou"));
        deleteCompany.delete(alice, beijing.id());

        assertThat(manage.companies(alice)).singleElement().satisfies(saved -> {
            assertThat(saved.id()).isEqualTo(shanghai.id());
            assertThat(saved.organization().city()).isEqualTo("Hangzhou");
        });
    }

    @Test
    void anotherTenantsEntriesCanBeNeitherEditedNorDeleted() {
        SavedContact alicesContact = manage.saveContact(alice, contact("Li Wei", "li.wei@example.com"));
        CompanyProfile alicesCompany = manage.saveCompany(alice, company("Example Trading Co., Ltd.", "Shanghai"));

        assertThatThrownBy(() -> editContact.edit(bob, alicesContact.id(), contact("Mallory", "mallory@example.com")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deleteContact.delete(bob, alicesContact.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> editCompany.edit(bob, alicesCompany.id(), company("Mallory Ltd.", "Shanghai")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deleteCompany.delete(bob, alicesCompany.id())).isInstanceOf(NotFoundException.class);

        assertThat(manage.contacts(alice)).extracting(SavedContact::contact).containsExactly(contact("Li Wei", "li.wei@example.com"));
        assertThat(manage.companies(alice)).extracting(CompanyProfile::organization)
                .containsExactly(company("Example Trading Co., Ltd.", "Shanghai"));
        assertThat(manage.contacts(bob)).isEmpty();
        assertThat(manage.companies(bob)).isEmpty();
    }

    @Test
    void anEditThatWouldDuplicateAnotherEntryIsRefusedAndChangesNothing() {
        SavedContact li = manage.saveContact(alice, contact("Li Wei", "li.wei@example.com"));
        manage.saveContact(alice, contact("Wang Fang", "wang.fang@example.com"));
        CompanyProfile shanghai = manage.saveCompany(alice, company("Example Trading Co., Ltd.", "Shanghai"));
        manage.saveCompany(alice, company("Example Trading Co., Ltd.", "Beijing"));

        assertThatThrownBy(() -> editContact.edit(alice, li.id(), contact("Wang Fang", "wang.fang@example.com")))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.key()).isEqualTo("profile.contactExists"));
        assertThatThrownBy(() -> editCompany.edit(alice, shanghai.id(), company("Example Trading Co., Ltd.", "Beijing")))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.key()).isEqualTo("profile.companyExists"));

        assertThat(manage.contacts(alice)).extracting(c -> c.contact().name()).containsExactly("Li Wei", "Wang Fang");
        assertThat(manage.companies(alice)).extracting(c -> c.organization().city()).containsExactly("Shanghai", "Beijing");
    }

    @Test
    void savingTheSameDetailsAgainIsAnEditThatChangesNothing() {
        SavedContact li = manage.saveContact(alice, contact("Li Wei", "li.wei@example.com"));

        editContact.edit(alice, li.id(), contact("Li Wei", "li.wei@example.com"));

        assertThat(manage.contacts(alice)).extracting(SavedContact::id).containsExactly(li.id());
    }

    @Test
    void aDeletedEntryCannotBeDeletedTwice() {
        SavedContact li = manage.saveContact(alice, contact("Li Wei", "li.wei@example.com"));
        deleteContact.delete(alice, li.id());

        assertThatThrownBy(() -> deleteContact.delete(alice, li.id()))
                .isInstanceOfSatisfying(NotFoundException.class, gone -> assertThat(gone.key()).isEqualTo("profile.contactNotFound"));
    }

    private static Contact contact(String name, String email) {
        return new Contact(name, EmailAddress.parse(email), PhoneNumber.parse("+86 138 0013 8000"));
    }

    private static Organization company(String legalName, String city) {
        return new Organization(legalName, "91110000600037341L", "Limited company", "CN", city, city, "1 Chang'an Avenue",
                "100000", PhoneNumber.parse("+86 10 1234 5678"));
    }
}
