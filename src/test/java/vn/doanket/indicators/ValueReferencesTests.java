package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;

/**
 * ind_data_value has no foreign keys (V68): the indicator or unit a value names may still never be
 * deleted, and a value being written while the delete runs counts too. Each test works in transactions
 * it rolls back, or removes what it made.
 */
@IntegrationTest
class ValueReferencesTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogueEditor editor;

    /** A quarterly value of 2019 (a year nobody else enters) for the indicator and unit, not committed. */
    private static void insertValue(Connection con, long indicatorId, long unitId) throws SQLException {
        try (var ps = con.prepareStatement(
                """
                insert into ind_data_value (indicator_id, unit_id, period_id, period_type, period_start, period_end,
                       option_code, numeric_value, version, created_by, updated_by)
                values (?, ?, '2019Q1', 'QUARTER', date '2019-01-01', date '2019-03-31', 'DEFAULT', 7, 1, 'test', 'test')""")) {
            ps.setLong(1, indicatorId);
            ps.setLong(2, unitId);
            ps.executeUpdate();
        }
    }

    private long unitId(String code) {
        return jdbc.sql("select min(id) from org_unit where code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    private long indicatorId(String code) {
        return jdbc.sql("select id from ind_indicator where code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    @Test
    void aUnitOrAnIndicatorThatValuesNameIsNeverDeleted() throws SQLException {
        long unit = unitId("12127");
        long indicator = indicatorId("OUTREACH_SESSIONS");
        try (Connection con = dataSource.getConnection()) {
            con.setAutoCommit(false);
            try (Statement st = con.createStatement()) {
                insertValue(con, indicator, unit);
                // the trigger answers before any other table's key is looked at: its own message
                st.execute("savepoint s");
                assertThatThrownBy(() -> st.execute("delete from org_unit where id = " + unit))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("unit " + unit + " still has values")
                        .satisfies(e ->
                                assertThat(((SQLException) e).getSQLState()).isEqualTo("23503"));
                st.execute("rollback to savepoint s");
                assertThatThrownBy(() -> st.execute("delete from ind_indicator where id = " + indicator))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("indicator " + indicator + " still has values")
                        .satisfies(e ->
                                assertThat(((SQLException) e).getSQLState()).isEqualTo("23503"));
                st.execute("rollback to savepoint s");
                // changing an id would orphan the values just as well; an update leaving it alone is let through
                assertThatThrownBy(() -> st.execute("update org_unit set id = -id where id = " + unit))
                        .hasMessageContaining("still has values");
                st.execute("rollback to savepoint s");
                assertThat(st.executeUpdate("update org_unit set id = id where id = " + unit))
                        .isEqualTo(1);
            } finally {
                con.rollback();
            }
        }
    }

    @Test
    void aDeleteWaitsForAValueBeingSavedAndThenRefuses() throws Exception {
        Indicator fresh = editor.create(new IndicatorDraft(
                "TREF_RACE",
                "Chỉ tiêu TREF_RACE",
                "Indicator TREF_RACE",
                "hộ",
                "households",
                "INTEGER",
                "SUM",
                "SUM",
                List.of("COMMUNE"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        long unit = unitId("12127");
        try (Connection saving = dataSource.getConnection()) {
            saving.setAutoCommit(false);
            insertValue(saving, fresh.id(), unit);
            // nothing else names the new indicator: only the value not yet committed can stop its delete
            CompletableFuture<String> delete = CompletableFuture.supplyAsync(() -> {
                try (Connection deleting = dataSource.getConnection();
                        Statement st = deleting.createStatement()) {
                    st.execute("set lock_timeout = '20s'");
                    return "deleted " + st.executeUpdate("delete from ind_indicator where id = " + fresh.id());
                } catch (SQLException e) {
                    return e.getSQLState() + " " + e.getMessage();
                }
            });
            Thread.sleep(500);
            assertThat(delete).as("the delete waits for the save in progress").isNotDone();
            saving.commit();
            assertThat(delete.get(30, TimeUnit.SECONDS))
                    .startsWith("23503")
                    .contains("indicator " + fresh.id() + " still has values");
        } finally {
            jdbc.sql("delete from ind_data_value where indicator_id = :i")
                    .param("i", fresh.id())
                    .update();
            // unless a delete that should have been refused went through
            if (jdbc.sql("select count(*) from ind_indicator where code = 'TREF_RACE'")
                            .query(Long.class)
                            .single()
                    > 0) {
                editor.delete("TREF_RACE");
            }
        }
        assertThat(jdbc.sql("select count(*) from ind_indicator where code = 'TREF_RACE'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
