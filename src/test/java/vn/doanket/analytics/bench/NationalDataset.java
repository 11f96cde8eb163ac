package vn.doanket.analytics.bench;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.analytics.ValueChange;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.ValueType;

/**
 * The national dataset of the benchmark: ~100,000 residential areas (30 under each of today's 3,321
 * communes, made with COPY when absent), and a stream of values grouped by indicator and unit:
 * 13 indicators for every residential area and 17 for every commune over eight quarters, plus the
 * 2024 quarters reported by the 10,035 pre-reform communes. Values are random but reproducible.
 */
final class NationalDataset {

    static final int AREAS_PER_COMMUNE = 30;
    static final List<Period> QUARTERS = List.of(
            Period.parse("2025Q1"),
            Period.parse("2025Q2"),
            Period.parse("2025Q3"),
            Period.parse("2025Q4"),
            Period.parse("2026Q1"),
            Period.parse("2026Q2"),
            Period.parse("2026Q3"),
            Period.parse("2026Q4"));
    static final List<Period> QUARTERS_2024 =
            List.of(Period.parse("2024Q1"), Period.parse("2024Q2"), Period.parse("2024Q3"), Period.parse("2024Q4"));

    private NationalDataset() {}

    /** Creates the residential areas if there are fewer than 90,000; returns how many there are. */
    static long ensureResidentialAreas(JdbcClient jdbc, DataSource ds) throws SQLException, IOException {
        long have = jdbc.sql("select count(*) from org_unit where kind = 'RESIDENTIAL_AREA'")
                .query(Long.class)
                .single();
        if (have >= 90_000) {
            return have;
        }
        record Commune(long id, String code, String path, String codePath, java.time.LocalDate from) {}
        List<Commune> communes = jdbc.sql(
                        "select id, code, path, code_path, valid_from from org_unit where kind = 'COMMUNE' and valid_to is null order by code")
                .query((rs, i) -> new Commune(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, java.time.LocalDate.class)))
                .list();
        int n = communes.size() * AREAS_PER_COMMUNE;
        long first = jdbc.sql("select nextval(pg_get_serial_sequence('org_unit', 'id'))")
                .query(Long.class)
                .single();
        jdbc.sql("select setval(pg_get_serial_sequence('org_unit', 'id'), :v)")
                .param("v", first + n)
                .query()
                .singleRow();
        StringBuilder units = new StringBuilder(n * 120);
        StringBuilder parents = new StringBuilder(n * 40);
        long id = first;
        for (Commune c : communes) {
            for (int i = 1; i <= AREAS_PER_COMMUNE; i++, id++) {
                String code = c.code() + "-" + String.format("%03d", i);
                String name = "Thôn " + i;
                units.append(id)
                        .append('\t')
                        .append(code)
                        .append('\t')
                        .append(name)
                        .append('\t')
                        .append(name)
                        .append('\t')
                        .append("RESIDENTIAL_AREA\tThôn\t")
                        .append(c.from())
                        .append('\t')
                        .append(c.id())
                        .append('\t')
                        .append(c.path())
                        .append(id)
                        .append("/\t")
                        .append(c.codePath())
                        .append('/')
                        .append(code)
                        .append("\t4\tthon ")
                        .append(i)
                        .append('\n');
                parents.append(id)
                        .append('\t')
                        .append(c.id())
                        .append('\t')
                        .append(c.from())
                        .append('\n');
            }
        }
        try (Connection con = ds.getConnection()) {
            var copy = con.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(
                    "COPY org_unit (id, code, name, full_name, kind, unit_type, valid_from, parent_id, path, code_path, level, search_text) FROM STDIN",
                    new StringReader(units.toString()));
            copy.copyIn(
                    "COPY org_unit_parent (unit_id, parent_id, valid_from) FROM STDIN",
                    new StringReader(parents.toString()));
        }
        jdbc.sql("analyze org_unit").update();
        return have + n;
    }

    /** Values grouped by indicator, unit and option (what the bulk loader expects). */
    static Iterator<ValueChange> values(
            List<Indicator> areaIndicators,
            List<Indicator> communeIndicators,
            List<Long> areas,
            List<Long> communes,
            List<Long> oldCommunes) {
        record Block(List<Indicator> indicators, List<Long> units, List<Period> periods) {}
        List<Block> blocks = List.of(
                new Block(areaIndicators, areas, QUARTERS),
                new Block(communeIndicators, communes, QUARTERS),
                new Block(communeIndicators, oldCommunes, QUARTERS_2024));
        return new Iterator<>() {
            final SplittableRandom random = new SplittableRandom(20251122);
            int block, ind, unit, period;

            @Override
            public boolean hasNext() {
                while (block < blocks.size()) {
                    Block b = blocks.get(block);
                    if (ind < b.indicators().size() && !b.units().isEmpty()) {
                        return true;
                    }
                    block++;
                    ind = unit = period = 0;
                }
                return false;
            }

            @Override
            public ValueChange next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Block b = blocks.get(block);
                Indicator i = b.indicators().get(ind);
                ValueChange v = new ValueChange(
                        i.id(), b.units().get(unit), "DEFAULT", b.periods().get(period), value(i, random));
                if (++period == b.periods().size()) {
                    period = 0;
                    if (++unit == b.units().size()) {
                        unit = 0;
                        ind++;
                    }
                }
                return v;
            }
        };
    }

    static BigDecimal value(Indicator i, SplittableRandom random) {
        return switch (i.valueType()) {
            case YES_NO -> random.nextInt(10) < 8 ? BigDecimal.ONE : BigDecimal.ZERO;
            case MONEY -> BigDecimal.valueOf(random.nextLong(1_000_000, 50_000_000));
            case SHARE, DECIMAL -> BigDecimal.valueOf(random.nextInt(0, 10_000), 2);
            default -> BigDecimal.valueOf(random.nextInt(0, 200));
        };
    }

    static long expectedCount(int areaIndicators, int communeIndicators, long areas, long communes, long oldCommunes) {
        return areaIndicators * areas * QUARTERS.size()
                + communeIndicators * communes * QUARTERS.size()
                + communeIndicators * oldCommunes * QUARTERS_2024.size();
    }

    static List<Indicator> numeric(List<Indicator> all) {
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : all) {
            if (!i.isComputed() && i.valueType() != ValueType.TEXT) {
                out.add(i);
            }
        }
        return out;
    }
}
