package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
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
    void everySeededIndicatorWithANoteHasItInEnglish() throws Exception {
        String seed;
        try (var in = getClass().getResourceAsStream("/db/migration/V11__indicators_seed_catalogue.sql")) {
            seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // a seeded indicator's row opens with its sort order and code: (71, 'BLOOD_UNITS', …
        List<String> seeded = java.util.regex.Pattern.compile("\\(\\d+, '([A-Z][A-Z0-9_]*)',")
                .matcher(seed)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(seeded).hasSizeGreaterThanOrEqualTo(40).contains("HH_TOTAL", "BLOOD_UNITS", "CREMATION_SHARE");
        List<Indicator> noted = seeded.stream()
                .map(catalogue::get)
                .filter(i -> i.descriptionVi() != null)
                .toList();
        assertThat(noted).hasSizeGreaterThanOrEqualTo(12);
        assertThat(noted)
                .allSatisfy(i -> assertThat(i.descriptionEn()).as(i.code()).isNotBlank());
        assertThat(catalogue.get("DIGITAL_ID_ACTIVATED").description(Locale.ENGLISH))
                .isEqualTo("Cumulative to the end of the period.");
        assertThat(catalogue.get("DIGITAL_ID_ACTIVATED").description(Locale.forLanguageTag("vi")))
                .isEqualTo("Lũy kế đến cuối kỳ.");
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
