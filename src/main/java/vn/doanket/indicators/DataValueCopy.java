package vn.doanket.indicators;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes many new values at once with COPY, for generators and migrations that fill a database
 * (the national figures, the benchmark): no checks, no audit, no events, one transaction. Keys that
 * already exist make the whole copy fail. The roll-up is not fed from here: whoever copies values
 * loads them into analytics too (analytics' bulk loader does both).
 *
 * <p>A large copy ({@code rebuildIndexes}) drops the table's indexes and unique constraints (its primary
 * key too, while no other table refers to it) first and builds them again from their own definitions
 * after the COPY, in the same transaction: building an index once is several times faster than
 * maintaining it row by row. The table is locked for the duration (other sessions wait, none sees it
 * without its constraints), and a duplicate key fails the rebuild and so the whole copy. A large copy
 * also fills its pages, leaving none of the room that the table keeps on each page for updates.
 *
 * <p>The table has no foreign keys (V70): every copy checks afterwards that each indicator and unit the
 * copied rows named exists, and fails whole on any orphan.
 */
@Component
public class DataValueCopy {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DataValueCopy.class);

    /** A new numeric or yes/no value (1 = yes, 0 = no) of an indicator for a unit, option and period. */
    public record NewValue(long indicatorId, long unitId, String optionCode, Period period, BigDecimal value) {}

    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;

    DataValueCopy(DataSource dataSource, TransactionTemplate tx, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    /** Copies the values and returns how many were written. */
    public long copy(Iterator<NewValue> values, String actor) {
        return copy(values, actor, false);
    }

    /** Copies the values, dropping and rebuilding the indexes around the COPY when asked. */
    public long copy(Iterator<NewValue> values, String actor, boolean rebuildIndexes) {
        Map<Long, ValueType> types = new HashMap<>();
        jdbc.sql("select id, value_type from ind_indicator")
                .query((rs, n) -> types.put(rs.getLong(1), ValueType.valueOf(rs.getString(2))))
                .list();
        Long written = tx.execute(s -> {
            try {
                Connection con = DataSourceUtils.getConnection(dataSource);
                List<String> rebuild = new ArrayList<>(rebuildIndexes ? dropIndexes(con) : List.of());
                if (rebuildIndexes) {
                    rebuild.add(fillPages(con));
                }
                Keys keys = new Keys();
                long started = System.nanoTime();
                long n = run(con, values, types, actor, keys);
                long copied = System.nanoTime();
                checkKeys(con, keys);
                long checked = System.nanoTime();
                try (var st = con.createStatement()) {
                    for (String ddl : rebuild) {
                        st.execute(ddl);
                    }
                }
                if (rebuildIndexes) {
                    log.info(
                            "Copied {} values in {} ms, checked their keys in {} ms, rebuilt the indexes in {} ms",
                            n,
                            (copied - started) / 1_000_000,
                            (checked - copied) / 1_000_000,
                            (System.nanoTime() - checked) / 1_000_000);
                }
                return n;
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("copy of values failed: " + e.getMessage(), e);
            }
        });
        return written == null ? 0 : written;
    }

    /** The indicators and units the copied rows name, each once, gathered while they are written. */
    private static final class Keys {
        private final Set<Long> indicators = new HashSet<>();
        private final Set<Long> units = new HashSet<>();
        private long lastIndicator = Long.MIN_VALUE;
        private long lastUnit = Long.MIN_VALUE;

        void add(long indicatorId, long unitId) {
            // rows come in runs of the same indicator or unit: most are answered without a set look-up
            if (indicatorId != lastIndicator) {
                indicators.add(indicatorId);
                lastIndicator = indicatorId;
            }
            if (unitId != lastUnit) {
                units.add(unitId);
                lastUnit = unitId;
            }
        }
    }

    /**
     * That every indicator and unit the copied rows name exists (what foreign keys would have checked row
     * by row). The names were gathered during the copy, so the check reads each once rather than joining
     * every copied row (11 s of the bench's 10.7 million). A unit or indicator deleted meanwhile cannot
     * slip through: units are never deleted, and an indicator's deletion locks ind_data_value against
     * writes before it looks for values naming it, so it either ended before this copy's COPY was let in
     * (and this check does not find the indicator) or waits for this commit and then finds the copied rows.
     */
    private static void checkKeys(Connection con, Keys keys) throws SQLException {
        long missing = missing(con, "ind_indicator", keys.indicators) + missing(con, "org_unit", keys.units);
        if (missing > 0) {
            throw new IllegalArgumentException(missing + " indicators or units named by copied values do not exist");
        }
    }

    private static long missing(Connection con, String table, Set<Long> ids) throws SQLException {
        try (var ps = con.prepareStatement("select count(*) from " + table + " where id = any(?)")) {
            ps.setArray(1, con.createArrayOf("int8", ids.toArray()));
            try (var rs = ps.executeQuery()) {
                rs.next();
                return ids.size() - rs.getLong(1);
            }
        }
    }

    /**
     * Lets the copy fill its pages, and returns the statement that gives the table back its own fill
     * factor once it is done (new rows written after that leave room again). The room ind_data_value
     * leaves on each page is for the updates of forms being entered; a large copy is history, rarely
     * changed, and with half of every page left empty its rows took twice the pages and twice the log:
     * on the bench's national load the COPY is the load's slower half.
     */
    private static String fillPages(Connection con) throws SQLException {
        String restore = "alter table ind_data_value reset (fillfactor)";
        try (var st = con.createStatement();
                var rs = st.executeQuery(
                        """
                        select option_value from pg_options_to_table(
                            (select reloptions from pg_class where oid = 'ind_data_value'::regclass))
                        where option_name = 'fillfactor'""")) {
            if (rs.next()) {
                restore = "alter table ind_data_value set (fillfactor = " + Integer.parseInt(rs.getString(1)) + ")";
            }
        }
        try (var st = con.createStatement()) {
            st.execute("alter table ind_data_value set (fillfactor = 100)");
        }
        return restore;
    }

    /**
     * Drops the indexes, unique constraints and primary key; returns the statements that rebuild them. The
     * primary key is one more index to maintain row by row during the COPY (its ids come in order from
     * the sequence, so building it afterwards is a sort of sorted input). It stays when a foreign key of
     * another table refers to it, as such a key would have to be dropped with it.
     */
    private static List<String> dropIndexes(Connection con) throws SQLException {
        List<String> drop = new ArrayList<>();
        List<String> rebuild = new ArrayList<>();
        try (var st = con.createStatement()) {
            st.execute("lock table ind_data_value in access exclusive mode");
            st.execute("set local maintenance_work_mem = '256MB'");
            try (var rs = st.executeQuery(
                    """
                    select conname, pg_get_constraintdef(oid) from pg_constraint
                    where conrelid = 'ind_data_value'::regclass
                      and (contype = 'u' or contype = 'p' and not exists (
                          select 1 from pg_constraint f
                          where f.confrelid = 'ind_data_value'::regclass and f.contype = 'f'))""")) {
                while (rs.next()) {
                    drop.add("alter table ind_data_value drop constraint " + rs.getString(1));
                    rebuild.add("alter table ind_data_value add constraint " + rs.getString(1) + " " + rs.getString(2));
                }
            }
            try (var rs = st.executeQuery(
                    """
                    select c.relname, pg_get_indexdef(i.indexrelid) from pg_index i
                    join pg_class c on c.oid = i.indexrelid
                    where i.indrelid = 'ind_data_value'::regclass and not i.indisprimary
                      and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)""")) {
                while (rs.next()) {
                    drop.add("drop index " + rs.getString(1));
                    rebuild.add(rs.getString(2));
                }
            }
            for (String ddl : drop) {
                st.execute(ddl);
            }
        }
        return rebuild;
    }

    private static long run(
            Connection con, Iterator<NewValue> values, Map<Long, ValueType> types, String actor, Keys keys)
            throws SQLException, IOException {
        CopyIn copy = con.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn(
                        """
                        COPY ind_data_value (indicator_id, unit_id, period_id, period_type, period_start, period_end,
                             option_code, numeric_value, boolean_value, created_by, updated_by) FROM STDIN""");
        StringBuilder buf = new StringBuilder(1 << 20);
        long count = 0;
        Period last = null;
        String periodColumns = null;
        try {
            while (values.hasNext()) {
                NewValue v = values.next();
                ValueType type = types.get(v.indicatorId());
                if (type == null || type == ValueType.TEXT) {
                    throw new IllegalArgumentException("not a numeric or yes/no indicator: " + v.indicatorId());
                }
                keys.add(v.indicatorId(), v.unitId());
                if (!v.period().equals(last)) {
                    last = v.period();
                    periodColumns = last.id() + '\t' + last.type().name() + '\t' + last.start() + '\t' + last.end();
                }
                buf.append(v.indicatorId())
                        .append('\t')
                        .append(v.unitId())
                        .append('\t')
                        .append(periodColumns)
                        .append('\t')
                        .append(v.optionCode() == null ? Indicator.NO_BREAKDOWN : v.optionCode())
                        .append('\t');
                if (type == ValueType.YES_NO) {
                    buf.append("\\N\t").append(v.value().signum() != 0 ? 't' : 'f');
                } else {
                    buf.append(v.value().toPlainString()).append("\t\\N");
                }
                buf.append('\t').append(actor).append('\t').append(actor).append('\n');
                count++;
                if (buf.length() > (1 << 20) - 512) {
                    flush(copy, buf);
                }
            }
            flush(copy, buf);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return count;
    }

    private static void flush(CopyIn copy, StringBuilder buf) throws SQLException {
        if (buf.isEmpty()) {
            return;
        }
        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buf.setLength(0);
    }
}
