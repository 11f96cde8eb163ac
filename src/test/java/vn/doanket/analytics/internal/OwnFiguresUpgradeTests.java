package vn.doanket.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;
import vn.doanket.analytics.Analytics;
import vn.doanket.analytics.TestUnits;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;

/**
 * Totals written before V66 held their committee's own figures; the upgrade takes them out once, so a
 * commune's figures are counted once in its own total (read beside it) and its province's is unchanged.
 */
@IntegrationTest
class OwnFiguresUpgradeTests {

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
    Hierarchy hierarchy;

    @Autowired
    OwnFiguresUpgrade upgrade;

    BigDecimal value(Unit unit, String period) {
        return TestUnits.figure(analytics, "BLOOD_UNITS", unit, period);
    }

    @Test
    void totalsThatHeldTheCommitteesOwnFiguresCountThemOnceAfterTheUpgrade() {
        Unit commune = new TestUnits(jdbc, units, hierarchy).commune(2950);
        Unit province = units.findById(commune.parentId()).orElseThrow();
        BigDecimal provinceYear = value(province, "2025");
        entry.saveAll(List.of(
                DataValueInput.typed("BLOOD_UNITS", commune.code(), "2025Q3", null, "12", 0),
                DataValueInput.typed("BLOOD_UNITS", commune.code(), "2025Q4", null, "30", 0)));
        assertThat(value(commune, "2025")).isEqualByComparingTo("42");
        assertThat(value(province, "2025")).isEqualByComparingTo(provinceYear.add(BigDecimal.valueOf(42)));

        // the commune's totals as the roll-up wrote them before V66: its own figures in its own rows
        long indicator = catalogue.get("BLOOD_UNITS").id();
        LocalDate tree = hierarchy.treeOn(LocalDate.now());
        String[][] own = {{"2025Q3", "12"}, {"2025Q4", "30"}, {"2025S2", "42"}, {"2025N9", "12"}, {"2025", "42"}};
        for (String[] row : own) {
            jdbc.sql(
                            """
                            insert into ana_delta (indicator_id, period_id, tree_from, unit_id, sum, count, yes, max)
                            values (:i, :p, :t, :u, :s, 1, 0, :s)""")
                    .param("i", indicator)
                    .param("p", row[0])
                    .param("t", tree)
                    .param("u", commune.id())
                    .param("s", new BigDecimal(row[1]))
                    .update();
        }
        jdbc.sql("insert into ana_upgrade (step) values (:s)")
                .param("s", OwnFiguresUpgrade.STEP)
                .update();
        assertThat(value(commune, "2025")).isEqualByComparingTo("84"); // counted twice until the upgrade

        upgrade.afterPropertiesSet();

        assertThat(value(commune, "2025Q3")).isEqualByComparingTo("12");
        assertThat(value(commune, "2025Q4")).isEqualByComparingTo("30");
        assertThat(value(commune, "2025S2")).isEqualByComparingTo("42");
        assertThat(value(commune, "2025N9")).isEqualByComparingTo("12");
        assertThat(value(commune, "2025")).isEqualByComparingTo("42");
        assertThat(value(province, "2025")).isEqualByComparingTo(provinceYear.add(BigDecimal.valueOf(42)));
        assertThat(jdbc.sql("select count(*) from ana_upgrade")
                        .query(Long.class)
                        .single())
                .isZero();

        upgrade.afterPropertiesSet(); // done once: a second start changes nothing
        assertThat(value(commune, "2025")).isEqualByComparingTo("42");
    }
}
