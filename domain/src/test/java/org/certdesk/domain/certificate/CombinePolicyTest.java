package org.certdesk.domain.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.certdesk.domain.certificate.Fixtures.PURCHASED;
import static org.certdesk.domain.certificate.Fixtures.TENANT;

import java.util.List;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.SequenceTokenSource;
import org.junit.jupiter.api.Test;

class CombinePolicyTest {

    private static Certificate slot(String brand, ValidationType type) {
        return Certificate.purchase(TENANT, Product.single(brand, type), PURCHASED);
    }

    @Test
    void sameBrandAndTypeCombineIntoAMultiDomainWithAllSlots() {
        Certificate wildcard = Certificate.purchase(TENANT, Product.wildcard("GeoTrust", ValidationType.OV), PURCHASED);
        List<Certificate> parts = List.of(slot("GeoTrust", ValidationType.OV), slot("GeoTrust", ValidationType.OV), wildcard);

        Certificate combined = CombinePolicy.combine(parts, PURCHASED.plusSeconds(60));

        assertThat(combined.product()).isEqualTo(new Product("GeoTrust", ValidationType.OV, Coverage.MULTI_DOMAIN, 3, true));
        assertThat(combined.product().allowsWildcardAmongNames()).isTrue();
        assertThat(combined.status()).isEqualTo(CertificateStatus.PENDING_APPLICATION);
        assertThat(combined.tenant()).isEqualTo(TENANT);
    }

    @Test
    void differentBrandsAreRefused() {
        assertThatThrownBy(() -> CombinePolicy.combinedProduct(
                List.of(slot("GeoTrust", ValidationType.OV), slot("DigiCert", ValidationType.OV))))
                .hasMessage("Certificates of different brands cannot be combined (GeoTrust and DigiCert).");
    }

    @Test
    void differentTypesAreRefused() {
        assertThatThrownBy(() -> CombinePolicy.combinedProduct(
                List.of(slot("GeoTrust", ValidationType.OV), slot("GeoTrust", ValidationType.EV))))
                .hasMessage("Certificates of different validation types cannot be combined (OV and EV).");
    }

    @Test
    void dvIsNotCombined() {
        assertThatThrownBy(() -> CombinePolicy.combinedProduct(
                List.of(slot("GeoTrust", ValidationType.DV), slot("GeoTrust", ValidationType.DV))))
                .hasMessage("Only OV and EV certificates can be combined.");
    }

    @Test
    void oneCertificateIsNotACombination() {
        assertThatThrownBy(() -> CombinePolicy.combinedProduct(List.of(slot("GeoTrust", ValidationType.OV))))
                .hasMessage("Choose at least two certificates to combine.");
    }

    @Test
    void certificatesOfAnotherTenantAreRefused() {
        Certificate other = Certificate.purchase(TenantId.of(99), Product.single("GeoTrust", ValidationType.OV), PURCHASED);

        assertThatThrownBy(() -> CombinePolicy.combinedProduct(List.of(slot("GeoTrust", ValidationType.OV), other)))
                .hasMessage("Certificates of different accounts cannot be combined.");
    }

    @Test
    void certificateAlreadyAppliedForIsRefused() {
        Certificate applied = slot("GeoTrust", ValidationType.OV);
        applied.submit(Fixtures.anOvApplication().build(), new SequenceTokenSource(),
                IssuancePolicy.baselineRequirements(), PURCHASED);

        assertThatThrownBy(() -> CombinePolicy.combinedProduct(List.of(slot("GeoTrust", ValidationType.OV), applied)))
                .hasMessage("Only certificates waiting for an application can be combined; one is Verifying.");
    }
}
