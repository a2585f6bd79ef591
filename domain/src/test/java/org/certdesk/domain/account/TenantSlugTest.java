package org.certdesk.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TenantSlugTest {

    @Test
    void aNameBecomesLowerCaseWordsJoinedByHyphens() {
        assertThat(TenantSlug.base("Acme Corporation").value()).isEqualTo("acme-corporation");
        assertThat(TenantSlug.base("  Globex, Ltd.  ").value()).isEqualTo("globex-ltd");
        assertThat(TenantSlug.base("Ünïcödé GmbH & Co. KG").value()).isEqualTo("unicode-gmbh-co-kg");
    }

    @Test
    void aNameWithoutLatinLettersGetsTheFallbackLabel() {
        assertThat(TenantSlug.base("北京证书有限公司").value()).isEqualTo("tenant");
        assertThat(TenantSlug.base("---").value()).isEqualTo("tenant");
    }

    @Test
    void aLongNameIsCutWithoutATrailingHyphen() {
        String slug = TenantSlug.base("a".repeat(39) + " " + "b".repeat(30)).value();
        assertThat(slug).isEqualTo("a".repeat(39));
    }

    @Test
    void candidatesAddANumberAfterTheBase() {
        assertThat(TenantSlug.candidates("Acme Corporation").limit(3).map(TenantSlug::value))
                .containsExactly("acme-corporation", "acme-corporation-2", "acme-corporation-3");
    }

    @Test
    void onlyDnsLabelsAreSlugs() {
        for (String bad : new String[] {"", "-acme", "acme-", "Acme", "ac_me", "xn--acme", "a".repeat(64), "acme.corp"}) {
            assertThatThrownBy(() -> new TenantSlug(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new TenantSlug("a").value()).isEqualTo("a");
        assertThat(new TenantSlug("acme-corporation-12").value()).isEqualTo("acme-corporation-12");
    }

    @Property
    void everyNameGivesAValidLabelWithRoomForASuffix(@ForAll String tenantName) {
        TenantSlug base = TenantSlug.base(tenantName);
        assertThat(base.value()).hasSizeLessThanOrEqualTo(TenantSlug.BASE_LENGTH);
        assertThat(new TenantSlug(base.value() + "-99999")).isNotNull();
    }
}
