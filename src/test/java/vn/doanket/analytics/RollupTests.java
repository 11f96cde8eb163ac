package vn.doanket.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;
import vn.doanket.analytics.internal.RollupEngine;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.Period;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;

/**
 * Roll-up over the hierarchy in force on a date, through the 2025 merge table. Each test writes to
 * its own far-future year so tests sharing the database do not see each other's figures.
 */
@IntegrationTest
class RollupTests {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    static final LocalDate IN_2024 = LocalDate.of(2024, 6, 1);

    @Autowired
    RollupEngine engine;

    @Autowired
    Analytics analytics;

    @Autowired
    OrgUnits units;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.doanket.analytics.internal.Hierarchy hierarchy;

    @Autowired
    vn.doanket.analytics.internal.BulkLoader loader;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    TestUnits testUnits;

    @org.junit.jupiter.api.BeforeEach
    void units() {
        testUnits = new TestUnits(jdbc, units, hierarchy);
    }

    void save(String indicator, Unit unit, String period, String value) {
        engine.apply(List.of(new ValueChange(
                catalogue.get(indicator).id(),
                unit.id(),
                null,
                Period.parse(period),
                value == null ? null : new BigDecimal(value))));
    }

    BigDecimal value(String indicator, Unit unit, String period, LocalDate asOf) {
        return analytics
                .query(new AnalyticsQuery(
                        indicator, unit.code(), List.of(Period.parse(period)), AnalyticsQuery.Scope.UNIT, 0, asOf))
                .get(0)
                .value();
    }

    BigDecimal national(String indicator, String period) {
        return value(indicator, units.root(), period, TODAY);
    }

    @Test
    void mergedCommunesFiguresAreSummedIntoTheirSuccessorExactly() {
        Unit successor = units.findById(jdbc.sql(
                                """
                                select l.successor_id from org_unit_lineage l join org_unit o on o.id = l.predecessor_id
                                where o.kind = 'COMMUNE' and l.weight = 1
                                group by l.successor_id having count(*) >= 3 order by l.successor_id limit 1""")
                        .query(Long.class)
                        .single())
                .orElseThrow();
        List<Unit> merged = units.predecessors(successor).stream()
                .filter(s -> s.weight().compareTo(BigDecimal.ONE) == 0)
                .map(s -> s.unit())
                .toList();
        save("TREES_PLANTED", merged.get(0), "2901Q1", "120");
        save("TREES_PLANTED", merged.get(1), "2901Q1", "35");
        save("TREES_PLANTED", merged.get(2), "2901Q2", "7");

        assertThat(value("TREES_PLANTED", successor, "2901Q1", TODAY)).isEqualByComparingTo("155");
        assertThat(value("TREES_PLANTED", successor, "2901", TODAY)).isEqualByComparingTo("162");
        Unit province = units.findById(successor.parentId()).orElseThrow();
        assertThat(value("TREES_PLANTED", province, "2901", TODAY)).isEqualByComparingTo("162");
        assertThat(national("TREES_PLANTED", "2901")).isEqualByComparingTo("162");
        // and the same figures under the 2024 tree, where the old communes still exist
        assertThat(value("TREES_PLANTED", merged.get(0), "2901Q1", IN_2024)).isEqualByComparingTo("120");
        assertThat(value("TREES_PLANTED", units.root(), "2901", IN_2024)).isEqualByComparingTo("162");
    }

    @Test
    void splitCommuneIsSharedByWeightsAndTheRemainderKeepsTheTotalExact() {
        Unit split = testUnits.splitCommune(2);
        save("TREES_PLANTED", split, "2902Q1", "101");

        Map<String, BigDecimal> shares = units.successors(split).stream()
                .collect(
                        Collectors.toMap(s -> s.unit().code(), s -> value("TREES_PLANTED", s.unit(), "2902Q1", TODAY)));
        assertThat(shares.values()).extracting(BigDecimal::intValue).containsExactlyInAnyOrder(50, 51);
        assertThat(national("TREES_PLANTED", "2902Q1")).isEqualByComparingTo("101");
        assertThat(national("TREES_PLANTED", "2902")).isEqualByComparingTo("101");
    }

    @Test
    void oldCommuneMissingFromTheMergeTableStillReachesTodaysProvince() {
        Unit orphan = units.findById(jdbc.sql(
                                """
                                select o.id from org_unit o where o.kind = 'COMMUNE' and o.valid_to is not null
                                and not exists (select 1 from org_unit_lineage l where l.predecessor_id = o.id)
                                order by o.id limit 1""")
                        .query(Long.class)
                        .single())
                .orElseThrow();
        save("TREES_PLANTED", orphan, "2903Q4", "40");

        assertThat(national("TREES_PLANTED", "2903")).isEqualByComparingTo("40");
        BigDecimal inProvinces = analytics
                .query(new AnalyticsQuery(
                        "TREES_PLANTED", "VN", List.of(Period.parse("2903")), AnalyticsQuery.Scope.CHILDREN, 0, TODAY))
                .stream()
                .map(AnalyticsRow::value)
                .filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(inProvinces).isEqualByComparingTo("40");
    }

    @Test
    void anUpdatedValueChangesTotalsByTheDifferenceAndADeleteRemovesIt() {
        Unit commune = testUnits.commune(0);
        save("SUPERVISIONS", commune, "2904Q1", "10");
        save("SUPERVISIONS", commune, "2904Q1", "4");
        assertThat(national("SUPERVISIONS", "2904")).isEqualByComparingTo("4");
        save("SUPERVISIONS", commune, "2904Q1", null);
        assertThat(national("SUPERVISIONS", "2904")).isNull();
    }

    @Test
    void stocksTakeTheLatestQuarterOverTimeAndSumOverUnits() {
        save("HH_TOTAL", testUnits.commune(1), "2905Q1", "1000");
        save("HH_TOTAL", testUnits.commune(1), "2905Q3", "1010");
        save("HH_TOTAL", testUnits.commune(2), "2905Q2", "500");
        assertThat(national("HH_TOTAL", "2905")).isEqualByComparingTo("1510");
        assertThat(national("HH_TOTAL", "2905S1")).isEqualByComparingTo("1500");
        save("HH_TOTAL", testUnits.commune(1), "2905Q4", "990");
        assertThat(national("HH_TOTAL", "2905")).isEqualByComparingTo("1490");
    }

    @Test
    void aProvincesYearHoldsEveryQuarterOfACommuneByItsRuleWhateverOrderTheyAreSavedIn() {
        Unit commune = testUnits.commune(3);
        Unit province = units.findById(commune.parentId()).orElseThrow();
        // a flow: the year and the half are the sum of the commune's quarters
        save("TREES_PLANTED", commune, "2912Q1", "100");
        save("TREES_PLANTED", commune, "2912Q2", "50");
        assertThat(value("TREES_PLANTED", province, "2912", TODAY)).isEqualByComparingTo("150");
        assertThat(national("TREES_PLANTED", "2912S1")).isEqualByComparingTo("150");
        // a stock: the latest quarter counts, also when an earlier one is entered after it
        save("HH_TOTAL", commune, "2912Q3", "1010");
        save("HH_TOTAL", commune, "2912Q1", "1000");
        assertThat(value("HH_TOTAL", province, "2912", TODAY)).isEqualByComparingTo("1010");
        assertThat(national("HH_TOTAL", "2912S1")).isEqualByComparingTo("1000");
    }

    @Test
    void averageIsTheSumOverTheAnsweringUnits() {
        save("EMULATION_SCORE", testUnits.commune(1), "2906Q1", "90");
        save("EMULATION_SCORE", testUnits.commune(2), "2906Q1", "70");
        save("EMULATION_SCORE", testUnits.commune(3), "2906Q1", "80.5");
        assertThat(national("EMULATION_SCORE", "2906Q1")).isEqualByComparingTo("80.1667");
    }

    @Test
    void maximumFallsBackWhenTheLargestFigureIsLowered() {
        save("SUPPORT_MAX_PER_HH", testUnits.commune(1), "2907Q1", "5000000");
        save("SUPPORT_MAX_PER_HH", testUnits.commune(2), "2907Q1", "3000000");
        assertThat(national("SUPPORT_MAX_PER_HH", "2907Q1")).isEqualByComparingTo("5000000");
        save("SUPPORT_MAX_PER_HH", testUnits.commune(1), "2907Q1", "1000000");
        // the folder recomputes a lowered maximum on its next pass, within a second
        long until = System.currentTimeMillis() + 2000;
        while (national("SUPPORT_MAX_PER_HH", "2907Q1").compareTo(new BigDecimal("3000000")) != 0
                && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
        assertThat(national("SUPPORT_MAX_PER_HH", "2907Q1")).isEqualByComparingTo("3000000");
        assertThat(national("SUPPORT_MAX_PER_HH", "2907")).isEqualByComparingTo("3000000");
    }

    @Test
    void yesAnswersOfResidentialAreasAreCountedAndSharedOverTheAnsweringOnes() {
        List<Unit> areas = testUnits.residentialAreas(3);
        Unit commune = units.findById(areas.get(0).parentId()).orElseThrow();
        save("UNITY_FESTIVAL_HELD", areas.get(0), "2908Q4", "1");
        save("UNITY_FESTIVAL_HELD", areas.get(1), "2908Q4", "1");
        save("UNITY_FESTIVAL_HELD", areas.get(2), "2908Q4", "0");
        save("RA_MODEL_REGISTERED", areas.get(0), "2908Q4", "1");
        save("RA_MODEL_REGISTERED", areas.get(2), "2908Q4", "1");

        assertThat(value("UNITY_FESTIVAL_HELD", commune, "2908Q4", TODAY)).isEqualByComparingTo("66.6667");
        assertThat(value("UNITY_FESTIVAL_HELD", commune, "2908", TODAY)).isEqualByComparingTo("66.6667");
        assertThat(value("RA_MODEL_REGISTERED", commune, "2908Q4", TODAY)).isEqualByComparingTo("2");
        assertThat(national("RA_MODEL_REGISTERED", "2908")).isEqualByComparingTo("2");
        assertThat(value("UNITY_FESTIVAL_HELD", areas.get(2), "2908", TODAY)).isEqualByComparingTo("0");
    }

    @Test
    void aCommitteesOwnFiguresAddToWhatItsUnitsReportUnderEachRule() {
        List<Unit> areas = testUnits.residentialAreas(3);
        Unit commune = units.findById(areas.get(0).parentId()).orElseThrow();
        // a stock: the latest quarter of each unit, summed over the commune and its area
        save("HH_TOTAL", commune, "2911Q1", "1000");
        save("HH_TOTAL", commune, "2911Q3", "1010");
        save("HH_TOTAL", areas.get(0), "2911Q2", "500");
        assertThat(value("HH_TOTAL", commune, "2911", TODAY)).isEqualByComparingTo("1510");
        assertThat(value("HH_TOTAL", commune, "2911S1", TODAY)).isEqualByComparingTo("1500");
        // a maximum over the commune and its area, whichever holds it
        save("SUPPORT_MAX_PER_HH", commune, "2911Q1", "5000000");
        save("SUPPORT_MAX_PER_HH", areas.get(1), "2911Q1", "3000000");
        assertThat(value("SUPPORT_MAX_PER_HH", commune, "2911Q1", TODAY)).isEqualByComparingTo("5000000");
        // an average over the answering units, the commune one of them
        save("EMULATION_SCORE", commune, "2911Q2", "90");
        save("EMULATION_SCORE", areas.get(2), "2911Q2", "70");
        assertThat(value("EMULATION_SCORE", commune, "2911Q2", TODAY)).isEqualByComparingTo("80");
        // and the province above holds all of it once
        Unit province = units.findById(commune.parentId()).orElseThrow();
        assertThat(value("HH_TOTAL", province, "2911", TODAY)).isEqualByComparingTo("1510");
    }

    @Test
    void ratioIsComputedFromTheSumsNeverAveraged() {
        // 9/17 and 1/1: the ratio of sums is 10/18 = 55.6 %, the average of ratios would be 76.5 %
        save("CREMATIONS", testUnits.commune(1), "2909Q2", "9");
        save("DEATHS", testUnits.commune(1), "2909Q2", "17");
        save("CREMATIONS", testUnits.commune(2), "2909Q2", "1");
        save("DEATHS", testUnits.commune(2), "2909Q2", "1");
        assertThat(national("CREMATION_SHARE", "2909Q2")).isEqualByComparingTo("55.5556");
    }

    @Test
    void aSavedValueIsInTheNationalTotalAsSoonAsItIsCommitted() {
        save("VOTER_MEETINGS", testUnits.commune(4), "2910Q1", "3");
        long started = System.nanoTime();
        save("VOTER_MEETINGS", testUnits.commune(5), "2910Q1", "2");
        assertThat(national("VOTER_MEETINGS", "2910Q1")).isEqualByComparingTo("5");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1000);
    }

    @Autowired
    vn.doanket.indicators.DataEntry entry;

    @Test
    void aValueSavedThroughDataEntryReachesTheProvinceAndNationalTotalsAtOnce() {
        Unit commune = units.get("00004", TODAY);
        Unit province = units.findById(commune.parentId()).orElseThrow();
        BigDecimal before =
                java.util.Objects.requireNonNullElse(value("TREES_PLANTED", province, "2025", TODAY), BigDecimal.ZERO);
        var saved = entry.save(
                vn.doanket.indicators.DataValueInput.typed("TREES_PLANTED", "00004", "2025", "PHU_NU", "1.234", 0));
        assertThat(value("TREES_PLANTED", province, "2025", TODAY))
                .isEqualByComparingTo(before.add(new BigDecimal("1234")));
        assertThat(value("TREES_PLANTED", units.root(), "2025", TODAY)).isNotNull();
        entry.save(vn.doanket.indicators.DataValueInput.typed(
                "TREES_PLANTED", "00004", "2025", "PHU_NU", "", saved.value().version()));
        BigDecimal after = value("TREES_PLANTED", province, "2025", TODAY);
        assertThat(after == null ? BigDecimal.ZERO : after).isEqualByComparingTo(before);
    }

    @Autowired
    vn.doanket.indicators.Targets targets;

    @Test
    void achievementIsTheFigureAgainstTheTargetTheUpperLevelSet() {
        Unit province = units.get("15", TODAY);
        Unit commune = units.children(province, TODAY).get(0);
        save("BLOOD_UNITS", commune, "2025Q4", "54");
        targets.set("BLOOD_UNITS", commune.code(), "2025Q4", "44", province.code());
        AnalyticsRow row = analytics
                .query(new AnalyticsQuery(
                        "BLOOD_UNITS",
                        commune.code(),
                        List.of(Period.parse("2025Q4")),
                        AnalyticsQuery.Scope.UNIT,
                        0,
                        TODAY))
                .get(0);
        assertThat(row.value()).isEqualByComparingTo("54");
        assertThat(row.target()).isEqualByComparingTo("44");
        assertThat(row.achievement()).isEqualByComparingTo("122.7");
    }

    // A change counts against the field's year as ana_value holds it when the batch runs, never against
    // what an earlier batch saw: another writer, a batch rolled back, a bulk load, two batches in one
    // transaction. (A keeper of years between batches was measured and taken out, 5f92f43; these are the
    // cases such a keeper must get right, and each failed against it with its check taken out.) HH_TOTAL
    // takes the latest quarter, so a year depends on the other quarters the roll-up believes are there.

    BigDecimal storedHouseholds(Unit unit, String period) {
        return jdbc.sql(
                        "select value from ana_value where indicator_id = :i and unit_id = :u and option_code = 'DEFAULT' and period_id = :p")
                .param("i", catalogue.get("HH_TOTAL").id())
                .param("u", unit.id())
                .param("p", period)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
    }

    @Test
    void aValueRemovedBehindTheRollupIsReadAgainNotUpdatedInVain() {
        Unit commune = testUnits.commune(41);
        save("HH_TOTAL", commune, "2951Q1", "1000");
        assertThat(storedHouseholds(commune, "2951Q1")).isEqualByComparingTo("1000");
        // another writer (here by hand) removes the row the roll-up just wrote
        jdbc.sql("delete from ana_value where unit_id = :u and period_id = '2951Q1'")
                .param("u", commune.id())
                .update();

        save("HH_TOTAL", commune, "2951Q1", "1200");

        // believing the row still there, the roll-up would have updated nothing
        assertThat(storedHouseholds(commune, "2951Q1")).isEqualByComparingTo("1200");
    }

    @Test
    void aBatchThatRolledBackLeavesNothingBehind() {
        Unit commune = testUnits.commune(42);
        org.springframework.transaction.support.TransactionTemplate tx =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            save("HH_TOTAL", commune, "2952Q2", "500");
            status.setRollbackOnly();
        });
        assertThat(storedHouseholds(commune, "2952Q2")).isNull();

        save("HH_TOTAL", commune, "2952Q2", "700");

        assertThat(storedHouseholds(commune, "2952Q2")).isEqualByComparingTo("700");
        assertThat(national("HH_TOTAL", "2952Q2")).isEqualByComparingTo("700");
        assertThat(national("HH_TOTAL", "2952")).isEqualByComparingTo("700");
    }

    @Test
    void aQuarterBulkLoadedAfterTheYearWasSeenCountsInTheNextChange() {
        Unit commune = testUnits.commune(43);
        save("HH_TOTAL", commune, "2953Q1", "1000");
        loader.load(List.of(new ValueChange(
                        catalogue.get("HH_TOTAL").id(),
                        commune.id(),
                        null,
                        Period.parse("2953Q3"),
                        new BigDecimal("1300")))
                .iterator());
        assertThat(national("HH_TOTAL", "2953Q3")).isEqualByComparingTo("1300");

        save("HH_TOTAL", commune, "2953Q3", "1350");

        // a year seen before the load had no third quarter: the change would have counted as a new figure
        assertThat(national("HH_TOTAL", "2953Q3")).isEqualByComparingTo("1350");
        assertThat(storedHouseholds(commune, "2953Q3")).isEqualByComparingTo("1350");
    }

    @Test
    void quartersSavedOneAfterAnotherMakeTheYearByItsRule() {
        Unit commune = testUnits.commune(44);
        save("HH_TOTAL", commune, "2954Q1", "1000");
        save("HH_TOTAL", commune, "2954Q2", "1100");
        save("HH_TOTAL", commune, "2954Q1", "900");
        save("HH_TOTAL", commune, "2954Q3", "1200");
        save("HH_TOTAL", commune, "2954Q3", null);
        save("HH_TOTAL", commune, "2954Q2", "1150");

        assertThat(national("HH_TOTAL", "2954")).isEqualByComparingTo("1150");
        assertThat(national("HH_TOTAL", "2954S1")).isEqualByComparingTo("1150");
        assertThat(national("HH_TOTAL", "2954Q1")).isEqualByComparingTo("900");
        assertThat(national("HH_TOTAL", "2954Q3")).isNull();
        assertThat(storedHouseholds(commune, "2954Q3")).isNull();
    }

    @Test
    void twoBatchesInOneTransactionNeitherWaitForEachOtherNorLeaveAStaleYear() {
        Unit commune = testUnits.commune(45);
        long started = System.nanoTime();
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            save("HH_TOTAL", commune, "2955Q1", "100");
            save("HH_TOTAL", commune, "2955Q1", "150");
        });
        // the second batch must not wait for anything the first one holds until the commit
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));

        save("HH_TOTAL", commune, "2955Q2", "160");
        save("HH_TOTAL", commune, "2955Q1", "170");

        assertThat(storedHouseholds(commune, "2955Q1")).isEqualByComparingTo("170");
        assertThat(national("HH_TOTAL", "2955Q1")).isEqualByComparingTo("170");
        assertThat(national("HH_TOTAL", "2955")).isEqualByComparingTo("160");
    }
}
