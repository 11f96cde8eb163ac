package vn.doanket.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;
import vn.doanket.analytics.Analytics;
import vn.doanket.analytics.AnalyticsQuery;
import vn.doanket.analytics.TestUnits;
import vn.doanket.analytics.ValueChange;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.Period;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;

/**
 * A figure replaced by another, under a time rule that adds the quarters up, changes every total by the
 * difference, without the unit's year being read: the same totals as the year read, and only when
 * ana_value holds the replaced figure, and only for a unit that enters its successor whole; otherwise the
 * batch is worked out from what ana_value holds.
 */
@IntegrationTest
class RollupByDifferenceTests {

    final RollupEngine engine;
    final RollupWorker worker;
    final DataEntry entry;
    final Analytics analytics;
    final OrgUnits units;
    final IndicatorCatalogue catalogue;
    final JdbcClient jdbc;
    final TestUnits testUnits;

    @Autowired
    RollupByDifferenceTests(
            RollupEngine engine,
            RollupWorker worker,
            DataEntry entry,
            Analytics analytics,
            OrgUnits units,
            IndicatorCatalogue catalogue,
            JdbcClient jdbc,
            Hierarchy hierarchy) {
        this.engine = engine;
        this.worker = worker;
        this.entry = entry;
        this.analytics = analytics;
        this.units = units;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.testUnits = new TestUnits(jdbc, units, hierarchy);
    }

    Unit commune;

    @BeforeEach
    void units() {
        commune = testUnits.commune(70);
        worker.catchUp(); // marks left by other tests are not this test's to count
    }

    ValueChange change(String indicator, String period, String value) {
        return change(indicator, commune, period, value);
    }

    ValueChange change(String indicator, Unit unit, String period, String value) {
        return new ValueChange(
                catalogue.get(indicator).id(),
                unit.id(),
                null,
                Period.parse(period),
                value == null ? null : new BigDecimal(value));
    }

    /** Values whose year is read from ana_value, as for a change whose replaced figure is not known. */
    void save(String indicator, String period, String value) {
        engine.apply(List.of(change(indicator, period, value)));
    }

    /** Values with the figures they replace, as the worker passes them from the marks. */
    void replace(String indicator, String... periodWasNow) {
        List<ValueChange> changes = new ArrayList<>();
        List<BigDecimal> previous = new ArrayList<>();
        for (int k = 0; k < periodWasNow.length; k += 3) {
            changes.add(change(indicator, periodWasNow[k], periodWasNow[k + 2]));
            previous.add(new BigDecimal(periodWasNow[k + 1]));
        }
        engine.apply(changes, previous);
    }

    BigDecimal national(String indicator, String period) {
        return analytics
                .query(new AnalyticsQuery(
                        indicator,
                        units.root().code(),
                        List.of(Period.parse(period)),
                        AnalyticsQuery.Scope.UNIT,
                        0,
                        LocalDate.of(2026, 1, 1)))
                .get(0)
                .value();
    }

    /** The indicator's totals of a year, keyed by the period without its year, the tree and the committee. */
    Map<String, String> totals(String indicator, String year) {
        Map<String, String> out = new TreeMap<>();
        jdbc.sql(
                        """
                        select period_id, tree_from, unit_id, sum, count, yes from ana_aggregate
                        where indicator_id = :i and period_id like :y""")
                .param("i", catalogue.get(indicator).id())
                .param("y", year + "%")
                .query(rs -> {
                    out.put(
                            rs.getString(1).substring(4) + " " + rs.getDate(2) + " " + rs.getLong(3),
                            rs.getBigDecimal(4).stripTrailingZeros().toPlainString() + " / " + rs.getLong(5) + " / "
                                    + rs.getLong(6));
                });
        return out;
    }

    BigDecimal stored(String indicator, String period) {
        return jdbc.sql("select value from ana_value where indicator_id = :i and unit_id = :u and period_id = :p")
                .param("i", catalogue.get(indicator).id())
                .param("u", commune.id())
                .param("p", period)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
    }

    @Test
    void replacedFiguresChangeEveryTotalByTheirDifferenceAsReadingTheYearWould() {
        for (String year : List.of("2964", "2965")) {
            save("TREES_PLANTED", year + "Q1", "100");
            save("TREES_PLANTED", year + "Q2", "50");
            save("TREES_PLANTED", year + "Q3", "30");
        }
        long before = engine.differenceFields();
        long fallbacks = engine.fallbacks();

        replace("TREES_PLANTED", "2964Q1", "100", "120", "2964Q3", "30", "10.5");
        save("TREES_PLANTED", "2965Q1", "120");
        save("TREES_PLANTED", "2965Q3", "10.5");

        assertThat(engine.differenceFields() - before).isEqualTo(2);
        assertThat(engine.fallbacks()).isEqualTo(fallbacks);
        assertThat(national("TREES_PLANTED", "2964")).isEqualByComparingTo("180.5");
        assertThat(national("TREES_PLANTED", "2964S1")).isEqualByComparingTo("170");
        assertThat(national("TREES_PLANTED", "2964N9")).isEqualByComparingTo("180.5");
        assertThat(national("TREES_PLANTED", "2964Q3")).isEqualByComparingTo("10.5");
        assertThat(stored("TREES_PLANTED", "2964Q3")).isEqualByComparingTo("10.5");
        // every total of the province and the nation, units answering included, as the year read gave them
        assertThat(totals("TREES_PLANTED", "2964")).isNotEmpty().isEqualTo(totals("TREES_PLANTED", "2965"));
    }

    @Test
    void aFigureAnaValueDoesNotHoldIsWorkedOutFromWhatItHolds() {
        save("TREES_PLANTED", "2966Q1", "1000");
        // another writer (here by hand) changes the figure behind the roll-up
        jdbc.sql("update ana_value set value = 900 where unit_id = :u and period_id = '2966Q1'")
                .param("u", commune.id())
                .update();
        long before = engine.differenceFields();
        long fallbacks = engine.fallbacks();

        replace("TREES_PLANTED", "2966Q1", "1000", "1200");

        assertThat(engine.fallbacks() - fallbacks).isEqualTo(1);
        assertThat(engine.differenceFields()).isEqualTo(before);
        assertThat(stored("TREES_PLANTED", "2966Q1")).isEqualByComparingTo("1200");
        // from the 900 ana_value held, not from the 1000 the change said it replaced
        assertThat(national("TREES_PLANTED", "2966Q1")).isEqualByComparingTo("1300");
    }

    @Test
    void figuresThatDoNotAddUpOverTimeOrAreNewReadTheirYear() {
        save("HH_TOTAL", "2967Q1", "1000");
        save("HH_TOTAL", "2967Q3", "1010");
        save("SUPPORT_MAX_PER_HH", "2967Q1", "5000000");
        long before = engine.differenceFields();

        // a stock's year is its latest quarter: lowering the first quarter leaves it
        replace("HH_TOTAL", "2967Q1", "1000", "900");
        replace("SUPPORT_MAX_PER_HH", "2967Q1", "5000000", "6000000");
        engine.apply(List.of(change("TREES_PLANTED", "2967Q2", "40")), java.util.Collections.singletonList(null));

        assertThat(engine.differenceFields()).isEqualTo(before);
        assertThat(national("HH_TOTAL", "2967")).isEqualByComparingTo("1010");
        assertThat(national("HH_TOTAL", "2967S1")).isEqualByComparingTo("900");
        assertThat(national("SUPPORT_MAX_PER_HH", "2967")).isEqualByComparingTo("6000000");
        assertThat(national("TREES_PLANTED", "2967")).isEqualByComparingTo("40");
    }

    @Test
    void aSplitCommunesReplacedFigureIsSharedAgainByTheWeights() {
        Unit split = testUnits.splitCommune(2);
        engine.apply(List.of(change("TREES_PLANTED", split, "2968Q1", "101")));
        long before = engine.differenceFields();

        engine.apply(List.of(change("TREES_PLANTED", split, "2968Q1", "102")), List.of(new BigDecimal("101")));

        // halves of 102, not the halves of 101 (50 and 51) each moved by its share of the difference (0 and 1)
        assertThat(units.successors(split).stream()
                        .map(s -> TestUnits.figure(analytics, "TREES_PLANTED", s.unit(), "2968Q1")))
                .extracting(BigDecimal::intValue)
                .containsExactly(51, 51);
        assertThat(engine.differenceFields()).isEqualTo(before);
        assertThat(national("TREES_PLANTED", "2968")).isEqualByComparingTo("102");
    }

    @Test
    void aSaveThatReplacesAFigureTellsTheRollupWhichOneThroughItsMark() {
        Unit worked = testUnits.commune(2970);
        Unit province = units.findById(worked.parentId()).orElseThrow();
        entry.save(DataValueInput.typed("BLOOD_UNITS", worked.code(), "2025Q1", null, "12", 0));
        BigDecimal year = TestUnits.figure(analytics, "BLOOD_UNITS", province, "2025");
        long before = engine.differenceFields();

        entry.save(DataValueInput.typed("BLOOD_UNITS", worked.code(), "2025Q1", null, "20", 1));
        worker.catchUp();

        assertThat(engine.differenceFields() - before).isEqualTo(1);
        assertThat(TestUnits.figure(analytics, "BLOOD_UNITS", province, "2025").subtract(year))
                .isEqualByComparingTo("8");
    }
}
