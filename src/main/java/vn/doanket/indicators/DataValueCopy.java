package vn.doanket.indicators;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
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
 */
@Component
public class DataValueCopy {

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
        Map<Long, ValueType> types = new HashMap<>();
        jdbc.sql("select id, value_type from ind_indicator")
                .query((rs, n) -> types.put(rs.getLong(1), ValueType.valueOf(rs.getString(2))))
                .list();
        Long written = tx.execute(s -> {
            try {
                return run(DataSourceUtils.getConnection(dataSource), values, types, actor);
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("copy of values failed: " + e.getMessage(), e);
            }
        });
        return written == null ? 0 : written;
    }

    private static long run(Connection con, Iterator<NewValue> values, Map<Long, ValueType> types, String actor)
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
