package vn.doanket.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataImportRejectedException;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.Period;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;

/**
 * Saves reach the totals through marks that the roll-up worker turns into figures after commit: on its
 * own within moments, at once for a reader, never twice, and never for a save that was refused.
 */
@IntegrationTest
class RollupWorkerTests {

    @Autowired
    DataEntry entry;

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

    Unit commune;
    Unit province;

    @BeforeEach
    void units() {
        commune = new TestUnits(jdbc, units, hierarchy).commune(2900);
        province = units.findById(commune.parentId()).orElseThrow();
    }

    BigDecimal value(Unit unit, String period) {
        return TestUnits.figure(analytics, "BLOOD_UNITS", unit, period);
    }

    long pending() {
        return jdbc.sql("select count(*) from ana_pending where unit_id = :u")
                .param("u", commune.id())
                .query(Long.class)
                .single();
    }

    /** Rows of the province's totals: a commune's own figure lands in its province's, not in one of its own. */
    long aggregateRows(String period) {
        return jdbc.sql(
                        "select count(*) from ana_aggregate where unit_id = :u and period_id = :p and indicator_id = :i")
                .param("u", province.id())
                .param("p", period)
                .param("i", catalogue.get("BLOOD_UNITS").id())
                .query(Long.class)
                .single();
    }

    @Test
    void aSavedFigureReachesTheTotalsWithoutAnyoneReadingThem() throws InterruptedException {
        entry.save(DataValueInput.typed("BLOOD_UNITS", commune.code(), "2025Q4", null, "31", 0));

        long deadline = System.nanoTime() + 10_000_000_000L;
        while ((pending() > 0 || aggregateRows("2025Q4") == 0) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(pending()).isZero();
        assertThat(aggregateRows("2025Q4")).isEqualTo(1);
        assertThat(value(commune, "2025Q4")).isEqualByComparingTo("31");
    }

    @Test
    void aReaderSeesEverySaveThatCommittedBeforeItAndEachChangeCountsOnce() {
        BigDecimal before = value(province, "2025");
        entry.save(DataValueInput.typed("BLOOD_UNITS", commune.code(), "2025Q3", null, "12", 0));
        entry.save(DataValueInput.typed("BLOOD_UNITS", commune.code(), "2025Q3", null, "20", 1));
        // the same field marked again, as when two saves of it commit in the other order than their marks
        jdbc.sql(
                        "insert into ana_pending (unit_id, period_id, indicator_ids, option_codes) values (:u, '2025Q3', array[:i], array['DEFAULT'])")
                .param("i", catalogue.get("BLOOD_UNITS").id())
                .param("u", commune.id())
                .update();

        assertThat(value(commune, "2025Q3")).isEqualByComparingTo("20");
        assertThat(value(province, "2025").subtract(before)).isEqualByComparingTo("20");
        assertThat(pending()).isZero();
    }

    @Test
    void eachFieldTakesTheFigureOfItsNewestMarkAndARemovalCarriesNone() {
        BigDecimal before = value(province, "2025S1");
        entry.save(DataValueInput.typed("BLOOD_UNITS", commune.code(), "2025Q2", null, "20", 0));
        assertThat(value(commune, "2025Q2")).isEqualByComparingTo("20");
        // two saves of the field in one batch, committed in the order of their marks: the newest counts
        // (marks name the unit as it was when the period ended, as the saves do)
        long reported = units.get(commune.code(), Period.parse("2025Q2").end()).id();
        jdbc.sql(
                        """
                        insert into ana_pending (unit_id, period_id, indicator_ids, option_codes, figures)
                        values (:u, '2025Q2', array[:i], array['DEFAULT'], array[7]),
                               (:u, '2025Q2', array[:i], array['DEFAULT'], array[20])""")
                .param("i", catalogue.get("BLOOD_UNITS").id())
                .param("u", reported)
                .update();
        assertThat(value(commune, "2025Q2")).isEqualByComparingTo("20");
        assertThat(value(province, "2025S1").subtract(before)).isEqualByComparingTo("20");

        entry.save(DataValueInput.typed("BLOOD_UNITS", commune.code(), "2025Q2", null, "", 1));

        assertThat(value(province, "2025S1")).isEqualByComparingTo(before);
        assertThat(jdbc.sql("select count(*) from ana_value where unit_id = :u and period_id = '2025Q2'")
                        .param("u", reported)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(pending()).isZero();
    }

    @Test
    void aMarkOfAnIndicatorThatNoLongerExistsDoesNotStopTheRollUp() {
        jdbc.sql(
                        "insert into ana_pending (unit_id, period_id, indicator_ids, option_codes) values (:u, '2025Q1', array[987654], array['DEFAULT'])")
                .param("u", commune.id())
                .update();
        BigDecimal before = value(province, "2025Q1");
        entry.save(DataValueInput.typed("BLOOD_UNITS", commune.code(), "2025Q1", null, "9", 0));

        assertThat(value(province, "2025Q1").subtract(before)).isEqualByComparingTo("9");
        assertThat(pending()).isZero();
    }

    @Test
    void aRefusedSaveLeavesNoMarkAndNoFigure() {
        BigDecimal before = value(commune, "2025Q2");
        assertThatThrownBy(() -> entry.saveAll(List.of(
                        DataValueInput.typed("BLOOD_UNITS", commune.code(), "2025Q2", null, "40", 0),
                        DataValueInput.typed("BLOOD_UNITS", commune.code(), "2025Q1", null, "bốn mươi", 0))))
                .isInstanceOf(DataImportRejectedException.class);

        assertThat(pending()).isZero();
        assertThat(value(commune, "2025Q2")).isEqualByComparingTo(before);
    }
}
