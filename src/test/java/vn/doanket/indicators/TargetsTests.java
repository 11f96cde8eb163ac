package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doanket.IntegrationTest;

/** Tuyên Quang (province 08) and its communes. */
@IntegrationTest
class TargetsTests {

    @Autowired
    Targets targets;

    @Test
    void provinceSetsACommuneTargetAndAchievementFollows() {
        Target t = targets.set("BLOOD_UNITS", "00691", "2025Q4", "44", "08");
        assertThat(t.value()).isEqualByComparingTo("44");
        assertThat(t.version()).isEqualTo(1);
        Achievement a = targets.achievement("BLOOD_UNITS", "00691", "2025Q4", BigDecimal.valueOf(54));
        assertThat(a.wholePercent()).isEqualTo(123);
        assertThat(a.reached()).isTrue();
    }

    @Test
    void resettingATargetReplacesIt() {
        targets.set("FUND_SEA_ISLANDS", "00694", "2025", "40.000.000", "08");
        Target t = targets.set("FUND_SEA_ISLANDS", "00694", "2025", "45,3 triệu", "08");
        assertThat(t.value()).isEqualByComparingTo("45300000");
        assertThat(t.version()).isEqualTo(2);
        assertThat(targets.forUnit("00694", "2025")).singleElement().isEqualTo(t);
    }

    @Test
    void unitMaySetItsOwnTargetButNotItsParents() {
        assertThat(targets.set("DIGITAL_ID_SHARE", "08", "2025", "90", "08").value())
                .isEqualByComparingTo("90");
        assertThatThrownBy(() -> targets.set("BLOOD_UNITS", "08", "2025Q4", "500", "00700"))
                .isInstanceOfSatisfying(ReportingRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("ind.target-not-below");
                    assertThat(e.status()).isEqualTo(403);
                });
        assertThatThrownBy(() -> targets.set("BLOOD_UNITS", "00700", "2025Q4", "50", "04"))
                .hasMessageContaining("không trực thuộc");
    }

    @Test
    void yesNoIndicatorHasNoTargetAndTextIsNotATarget() {
        assertThatThrownBy(() -> targets.set("NEW_RURAL_COMMUNE", "00700", "2025", "1", "08"))
                .isInstanceOfSatisfying(
                        ReportingRuleException.class, e -> assertThat(e.code()).isEqualTo("ind.target-not-numeric"));
        assertThatThrownBy(() -> targets.set("BLOOD_UNITS", "00700", "2025Q4", "bốn mươi", "08"))
                .hasMessageContaining("không phải là số");
        assertThatThrownBy(() -> targets.set("BLOOD_UNITS", "00700", "2025Q4", "-4", "08"))
                .hasMessageContaining("không thể âm");
    }

    @Test
    void bulkLookupAnswersManyUnitsInOneCallAndLeavesOutUnitsWithoutATarget() {
        Target a = targets.set("ENLISTMENT", "00706", "2026Q1", "12", "08");
        Target b = targets.set("ENLISTMENT", "00715", "2026Q1", "7", "08");
        targets.set("BLOOD_UNITS", "00706", "2026Q1", "30", "08");
        long without = targets.set("ENLISTMENT", "00721", "2026Q2", "5", "08").unitId();

        java.util.Map<Long, Target> byUnit =
                targets.forUnits("ENLISTMENT", java.util.List.of(a.unitId(), b.unitId(), without), "2026Q1");
        assertThat(byUnit).containsOnlyKeys(a.unitId(), b.unitId());
        assertThat(byUnit.get(a.unitId())).isEqualTo(a);
        assertThat(byUnit.get(b.unitId()).value()).isEqualByComparingTo("7");

        assertThat(targets.forUnits(
                        java.util.List.of("enlistment", "BLOOD_UNITS"),
                        java.util.List.of(a.unitId(), without),
                        java.util.List.of("2026Q1", "2026Q2")))
                .extracting(t ->
                        t.indicatorCode() + "/" + t.periodId() + "/" + t.value().toPlainString())
                .containsExactlyInAnyOrder("ENLISTMENT/2026Q1/12", "BLOOD_UNITS/2026Q1/30", "ENLISTMENT/2026Q2/5");
        assertThat(targets.forUnits(java.util.List.of(), java.util.List.of(a.unitId()), java.util.List.of("2026Q1")))
                .isEmpty();
    }

    @Test
    void withoutATargetThereIsNoAchievement() {
        assertThat(targets.achievement("ENLISTMENT", "00700", "2025Q4", BigDecimal.TEN)
                        .percent())
                .isNull();
    }
}
