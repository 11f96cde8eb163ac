package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doanket.IntegrationTest;
import vn.doanket.organization.UnitKind;

@IntegrationTest
class IndicatorCatalogueTests {

    @Autowired
    IndicatorCatalogue catalogue;

    @Test
    void catalogueHoldsAtLeastThirtyRealIndicators() {
        assertThat(catalogue.all()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(catalogue.all())
                .extracting(Indicator::code)
                .contains(
                        "HH_CULTURAL",
                        "RA_CULTURAL",
                        "UNITY_FESTIVAL_HELD",
                        "UNITY_HOUSES_BUILT",
                        "UNITY_HOUSES_VALUE",
                        "FUND_POOR_RAISED",
                        "FUND_POOR_SPENT",
                        "TET_HOUSEHOLDS",
                        "TET_VALUE",
                        "BLOOD_UNITS",
                        "ENLISTMENT",
                        "DIGITAL_ID_SHARE",
                        "CREMATION_SHARE",
                        "SUPERVISIONS",
                        "CRITICISM_CONFERENCES",
                        "RECOMMENDATIONS",
                        "VOTER_MEETINGS",
                        "VOTER_OPINIONS",
                        "PETITIONS_ANSWERED");
    }

    @Test
    void culturalHouseholdShareIsARatioOfTwoCountsAndIsNotEntered() {
        Indicator share = catalogue.get("HH_CULTURAL_SHARE");
        assertThat(share.isComputed()).isTrue();
        assertThat(share.entryLevels()).isEmpty();
        assertThat(catalogue.findById(share.numeratorId()).orElseThrow().code()).isEqualTo("HH_CULTURAL");
        assertThat(catalogue.findById(share.denominatorId()).orElseThrow().code())
                .isEqualTo("HH_TOTAL");
        assertThat(share.ratioFactor()).isEqualByComparingTo("100");
    }

    @Test
    void indicatorCarriesUnitOfMeasureTypeRulesLevelsAndBreakdown() {
        Indicator houses = catalogue.get("UNITY_HOUSES_BUILT");
        assertThat(houses.unitOfMeasureVi()).isEqualTo("nhà");
        assertThat(houses.valueType()).isEqualTo(ValueType.INTEGER);
        assertThat(houses.aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(houses.entryLevels()).containsExactlyInAnyOrder(UnitKind.COMMUNE, UnitKind.PROVINCE);
        assertThat(houses.categoryCode()).isEqualTo("FUNDING_SOURCE");
        assertThat(catalogue.options("FUNDING_SOURCE"))
                .extracting(CategoryOption::code)
                .contains("QUY_VNN_TW", "DOANH_NGHIEP");
        Indicator festival = catalogue.get("unity_festival_held");
        assertThat(festival.valueType()).isEqualTo(ValueType.YES_NO);
        assertThat(festival.aggregation()).isEqualTo(Aggregation.SHARE_YES);
        assertThat(catalogue.enteredAt(UnitKind.RESIDENTIAL_AREA)).contains(festival);
    }

    @Test
    void unknownCodeIsANotFoundWithAVietnameseMessage() {
        assertThatThrownBy(() -> catalogue.get("NO_SUCH"))
                .isInstanceOf(IndicatorNotFoundException.class)
                .hasMessageContaining("Không tìm thấy chỉ tiêu");
    }
}
