package vn.doanket.indicators;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.organization.UnitKind;

/**
 * Reads the indicator catalogue and its breakdowns. A retired indicator is still listed (its values
 * keep their meaning) but is entered at no level, so nobody enters it any more.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalogue {

    static final String COLUMNS =
            """
            i.id, i.code, i.name_vi, i.name_en, i.uom_vi, i.uom_en, i.value_type, i.aggregation, i.time_aggregation,
            i.entry_levels, i.category_code, i.min_value, i.max_value, i.numerator_id, i.denominator_id,
            i.ratio_factor, i.description_vi, i.description_en, i.retired_at
            """;

    static final RowMapper<Indicator> MAPPER = (rs, n) -> new Indicator(
            rs.getLong("id"),
            rs.getString("code"),
            rs.getString("name_vi"),
            rs.getString("name_en"),
            rs.getString("uom_vi"),
            rs.getString("uom_en"),
            ValueType.valueOf(rs.getString("value_type")),
            Aggregation.valueOf(rs.getString("aggregation")),
            Aggregation.valueOf(rs.getString("time_aggregation")),
            rs.getTimestamp("retired_at") != null ? Set.of() : levels(rs),
            rs.getString("category_code"),
            rs.getBigDecimal("min_value"),
            rs.getBigDecimal("max_value"),
            (Long) rs.getObject("numerator_id"),
            (Long) rs.getObject("denominator_id"),
            rs.getBigDecimal("ratio_factor"),
            rs.getString("description_vi"),
            rs.getString("description_en"));

    private final JdbcClient jdbc;

    IndicatorCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Codes of the retired indicators (listed for history, no longer entered). */
    public java.util.Set<String> retiredCodes() {
        return java.util.Set.copyOf(jdbc.sql("select code from ind_indicator where retired_at is not null")
                .query(String.class)
                .list());
    }

    /** Every indicator in catalogue order. */
    public List<Indicator> all() {
        return jdbc.sql("select " + COLUMNS + " from ind_indicator i order by i.sort_order, i.code")
                .query(MAPPER)
                .list();
    }

    public Optional<Indicator> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from ind_indicator i where i.code = :code")
                .param("code", code.strip().toUpperCase(java.util.Locale.ROOT))
                .query(MAPPER)
                .optional();
    }

    public Indicator get(String code) {
        return find(code).orElseThrow(() -> new IndicatorNotFoundException(code));
    }

    public Optional<Indicator> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from ind_indicator i where i.id = :id")
                .param("id", id)
                .query(MAPPER)
                .optional();
    }

    /** Indicators a kind of unit enters. */
    public List<Indicator> enteredAt(UnitKind kind) {
        return jdbc.sql("select " + COLUMNS
                        + " from ind_indicator i where :kind = any(i.entry_levels) and i.retired_at is null"
                        + " order by i.sort_order, i.code")
                .param("kind", kind.name())
                .query(MAPPER)
                .list();
    }

    /** The options of a breakdown in display order. */
    public List<CategoryOption> options(String categoryCode) {
        return jdbc.sql(
                        """
                        select category_code, code, name_vi, name_en from ind_category_option
                        where category_code = :c order by sort_order, code""")
                .param("c", categoryCode)
                .query((rs, n) -> new CategoryOption(
                        rs.getString("category_code"),
                        rs.getString("code"),
                        rs.getString("name_vi"),
                        rs.getString("name_en")))
                .list();
    }

    /** Option codes per breakdown, for checking many values at once. */
    java.util.Map<String, Set<String>> optionCodes() {
        return jdbc
                .sql("select category_code, code from ind_category_option")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list()
                .stream()
                .collect(Collectors.groupingBy(r -> r[0], Collectors.mapping(r -> r[1], Collectors.toSet())));
    }

    private static Set<UnitKind> levels(ResultSet rs) throws SQLException {
        Array array = rs.getArray("entry_levels");
        if (array == null) {
            return Set.of();
        }
        String[] names = (String[]) array.getArray();
        if (names.length == 0) {
            return Set.of();
        }
        return Arrays.stream(names)
                .map(UnitKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(UnitKind.class)));
    }
}
