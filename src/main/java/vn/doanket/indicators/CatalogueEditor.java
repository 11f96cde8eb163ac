package vn.doanket.indicators;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;
import vn.doanket.platform.Messages;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Forbidden;
import vn.doanket.platform.access.Role;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;

/**
 * Edits the indicator catalogue: creates indicators, changes their names, levels, ranges and
 * breakdowns, retires them and deletes those that never had a value. Once an indicator has values
 * its value type, aggregation rules and breakdown are frozen, because the stored figures and their
 * roll-ups were made under them. Every change is audited under the central committee and announced
 * by {@link IndicatorCatalogueChanged}. Callers check that the user is an administrator of the
 * central committee.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueEditor {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** The longest note, in either language (the columns' length). */
    static final int NOTE_MAX = 1000;

    private final JdbcClient jdbc;
    private final IndicatorCatalogue catalogue;
    private final OrgUnits units;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CatalogueEditor(
            JdbcClient jdbc,
            IndicatorCatalogue catalogue,
            OrgUnits units,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.units = units;
        this.audit = audit;
        this.events = events;
    }

    /**
     * The catalogue and the form definitions are national: only an administrator whose home unit is
     * the central committee edits them. Throws 403 with a Vietnamese message otherwise.
     */
    public static void requireCentralAdmin(CurrentAccount account) {
        if (!account.has(Role.ADMIN) || !OrgUnits.ROOT_CODE.equals(account.homeUnitCode())) {
            throw new Forbidden(IndicatorMessages.text(
                    "error.ind.catalogue-central-only", account.username(), account.homeUnitName()));
        }
    }

    /** Every indicator, retired ones included, in catalogue order. */
    public List<IndicatorDefinition> definitions() {
        return catalogue.all().stream().map(this::definition).toList();
    }

    public Optional<IndicatorDefinition> find(String code) {
        return catalogue.find(code).map(this::definition);
    }

    public IndicatorDefinition get(String code) {
        return find(code).orElseThrow(() -> new IndicatorNotFoundException(code));
    }

    /** The breakdown categories an indicator may use, code → Vietnamese name. */
    public Map<String, String> breakdowns() {
        return breakdowns(null);
    }

    /** The breakdowns by code, named in the reader's language (English for English, else Vietnamese). */
    public Map<String, String> breakdowns(java.util.Locale locale) {
        boolean english = Messages.isEnglish(locale);
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("select code, name_vi, name_en from ind_category order by code")
                .query((rs, n) -> out.put(rs.getString(1), rs.getString(english ? 3 : 2)))
                .list();
        return out;
    }

    @Transactional
    public Indicator create(IndicatorDraft draft) {
        Checked c = check(draft, null);
        if (c.code() != null && catalogue.find(c.code()).isPresent()) {
            c.errors().put("code", IndicatorMessages.text("error.ind.indicator-code-taken", c.code()));
        }
        c.throwIfAny();
        long id = jdbc.sql(
                        """
                        insert into ind_indicator (code, name_vi, name_en, uom_vi, uom_en, value_type, aggregation,
                               time_aggregation, entry_levels, category_code, min_value, max_value, numerator_id,
                               denominator_id, ratio_factor, description_vi, description_en, sort_order)
                        values (:code, :nameVi, :nameEn, :uomVi, :uomEn, :type, :agg, :timeAgg,
                                string_to_array(:levels, ',')::varchar(24)[], :category, :min, :max, :num, :den,
                                :factor, :description, :descriptionEn, coalesce(cast(:sort as integer), (select coalesce(max(sort_order), 0) + 1
                                                                          from ind_indicator)))
                        returning id""")
                .paramSource(c.params())
                .query(Long.class)
                .single();
        Indicator created = catalogue.findById(id).orElseThrow();
        record(created, AuditAction.CREATE, "audit.ind.indicator-created", null, snapshot(definition(created)));
        return created;
    }

    /**
     * Changes an indicator. Its code never changes. With values stored, a change of value type,
     * aggregation (over units or over time) or breakdown is refused.
     */
    @Transactional
    public Indicator update(String code, IndicatorDraft draft) {
        IndicatorDefinition before = get(code);
        Checked c = check(draft, before);
        Indicator old = before.indicator();
        if (before.hasValues() && c.type() != null && c.agg() != null && c.timeAgg() != null) {
            if (c.type() != old.valueType()) {
                c.errors()
                        .put(
                                "valueType",
                                frozen(
                                        "error.ind.indicator-type-frozen",
                                        old,
                                        "value-type.",
                                        old.valueType(),
                                        c.type()));
            }
            if (c.agg() != old.aggregation()) {
                c.errors()
                        .put(
                                "aggregation",
                                frozen(
                                        "error.ind.indicator-aggregation-frozen",
                                        old,
                                        "aggregation.",
                                        old.aggregation(),
                                        c.agg()));
            }
            if (c.timeAgg() != old.timeAggregation()) {
                c.errors()
                        .put(
                                "timeAggregation",
                                frozen(
                                        "error.ind.indicator-time-aggregation-frozen",
                                        old,
                                        "aggregation.",
                                        old.timeAggregation(),
                                        c.timeAgg()));
            }
            if (!Objects.equals(c.category(), old.categoryCode())) {
                c.errors()
                        .put("breakdown", IndicatorMessages.text("error.ind.indicator-breakdown-frozen", old.nameVi()));
            }
        }
        if (draft.version() != null && draft.version() != before.version()) {
            c.errors().clear();
            c.errors().put("version", IndicatorMessages.text("error.ind.indicator-changed", old.nameVi()));
            throw new CatalogueRejectedException("ind.indicator-changed", 409, c.errors());
        }
        c.throwIfAny();
        int updated = jdbc.sql(
                        """
                        update ind_indicator set name_vi = :nameVi, name_en = :nameEn, uom_vi = :uomVi, uom_en = :uomEn,
                               value_type = :type, aggregation = :agg, time_aggregation = :timeAgg,
                               entry_levels = string_to_array(:levels, ',')::varchar(24)[], category_code = :category,
                               min_value = :min, max_value = :max, numerator_id = :num, denominator_id = :den,
                               ratio_factor = :factor, description_vi = :description, description_en = :descriptionEn,
                               sort_order = coalesce(cast(:sort as integer), sort_order), version = version + 1
                        where id = :id and version = :version""")
                .paramSource(c.params().addValue("id", old.id()).addValue("version", before.version()))
                .update();
        if (updated == 0) {
            throw new CatalogueRejectedException(
                    "ind.indicator-changed",
                    409,
                    Map.of("version", IndicatorMessages.text("error.ind.indicator-changed", old.nameVi())));
        }
        Indicator after = catalogue.findById(old.id()).orElseThrow();
        record(after, AuditAction.UPDATE, "audit.ind.indicator-updated", snapshot(before), snapshot(definition(after)));
        return after;
    }

    /**
     * Retires an indicator: it leaves the forms and is no longer entered (its entry levels read as
     * none) but it stays in the catalogue with its values, targets and roll-ups.
     */
    @Transactional
    public IndicatorDefinition retire(String code) {
        IndicatorDefinition before = get(code);
        if (before.retired()) {
            return before;
        }
        jdbc.sql(
                        """
                        update ind_indicator set retired_at = :now, retired_by = :actor, version = version + 1
                        where id = :id""")
                .param("now", Timestamp.from(Instant.now()))
                .param("actor", Actors.current())
                .param("id", before.indicator().id())
                .update();
        IndicatorDefinition after = get(code);
        record(after.indicator(), AuditAction.UPDATE, "audit.ind.indicator-retired", snapshot(before), snapshot(after));
        return after;
    }

    /** Brings a retired indicator back, with the levels and forms it had. */
    @Transactional
    public IndicatorDefinition restore(String code) {
        IndicatorDefinition before = get(code);
        if (!before.retired()) {
            return before;
        }
        jdbc.sql("update ind_indicator set retired_at = null, retired_by = null, version = version + 1 where id = :id")
                .param("id", before.indicator().id())
                .update();
        IndicatorDefinition after = get(code);
        record(
                after.indicator(),
                AuditAction.UPDATE,
                "audit.ind.indicator-restored",
                snapshot(before),
                snapshot(after));
        return after;
    }

    /**
     * Deletes an indicator that never had a value, a target, nor serves a ratio; else refuses.
     *
     * <p>Values name their indicator without a foreign key (V70), so the deletion first keeps values
     * from being written until it ends: saves that are writing finish first and are then seen by the
     * check below, and saves that come later find the indicator gone (their insert leaves its rows out).
     * Data entry waits for the few milliseconds a deletion takes.
     */
    @Transactional
    public void delete(String code) {
        jdbc.sql("lock table ind_data_value in share mode").update();
        IndicatorDefinition d = get(code);
        Indicator i = d.indicator();
        if (d.hasValues()) {
            throw rule("ind.indicator-has-values", "code", i.nameVi());
        }
        boolean targets = jdbc.sql("select exists (select 1 from ind_target where indicator_id = :id)")
                .param("id", i.id())
                .query(Boolean.class)
                .single();
        if (targets) {
            throw rule("ind.indicator-has-targets", "code", i.nameVi());
        }
        List<String> ratios = jdbc.sql(
                        """
                        select name_vi from ind_indicator where numerator_id = :id or denominator_id = :id
                        order by sort_order""")
                .param("id", i.id())
                .query(String.class)
                .list();
        if (!ratios.isEmpty()) {
            throw rule("ind.indicator-in-ratio", "code", i.nameVi(), String.join(", ", ratios));
        }
        jdbc.sql("delete from ind_form_indicator where indicator_id = :id")
                .param("id", i.id())
                .update();
        jdbc.sql("delete from ind_indicator where id = :id").param("id", i.id()).update();
        record(i, AuditAction.DELETE, "audit.ind.indicator-deleted", snapshot(d), null);
    }

    private static CatalogueRejectedException rule(String code, String field, Object... args) {
        return new CatalogueRejectedException(code, 409, Map.of(field, IndicatorMessages.text("error." + code, args)));
    }

    private static Messages.Text frozen(String key, Indicator old, String prefix, Enum<?> was, Enum<?> wanted) {
        return IndicatorMessages.text(
                key,
                old.nameVi(),
                IndicatorMessages.text(prefix + was.name()),
                IndicatorMessages.text(prefix + wanted.name()));
    }

    IndicatorDefinition definition(Indicator i) {
        record Row(
                String levels,
                int sortOrder,
                int version,
                boolean hasValues,
                Timestamp retiredAt,
                String retiredBy,
                String numerator,
                String denominator,
                String forms) {}
        Row r = jdbc.sql(
                        """
                        select array_to_string(i.entry_levels, ','), i.sort_order, i.version,
                               exists (select 1 from ind_data_value v where v.indicator_id = i.id),
                               i.retired_at, i.retired_by, n.code, d.code,
                               (select string_agg(f.code, ',' order by f.code) from ind_form_indicator fi
                                join ind_form f on f.id = fi.form_id where fi.indicator_id = i.id)
                        from ind_indicator i left join ind_indicator n on n.id = i.numerator_id
                        left join ind_indicator d on d.id = i.denominator_id
                        where i.id = :id""")
                .param("id", i.id())
                .query((rs, n) -> new Row(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getBoolean(4),
                        rs.getTimestamp(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)))
                .single();
        Set<UnitKind> levels = EnumSet.noneOf(UnitKind.class);
        if (r.levels() != null && !r.levels().isBlank()) {
            Arrays.stream(r.levels().split(",")).map(UnitKind::valueOf).forEach(levels::add);
        }
        return new IndicatorDefinition(
                i,
                levels,
                r.numerator(),
                r.denominator(),
                r.sortOrder(),
                r.version(),
                r.hasValues(),
                r.retiredAt() == null ? null : r.retiredAt().toInstant(),
                r.retiredBy(),
                r.forms() == null ? List.of() : List.of(r.forms().split(",")));
    }

    /** A draft read and checked; {@link #errors()} is empty when it may be saved. */
    private record Checked(
            Map<String, Messages.Text> errors,
            String code,
            ValueType type,
            Aggregation agg,
            Aggregation timeAgg,
            String category,
            Map<String, Object> values) {

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new CatalogueRejectedException("ind.catalogue-invalid", 422, errors);
            }
        }

        org.springframework.jdbc.core.namedparam.MapSqlParameterSource params() {
            return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource(values);
        }
    }

    private Checked check(IndicatorDraft d, IndicatorDefinition existing) {
        Map<String, Messages.Text> errors = new LinkedHashMap<>();
        String code;
        if (existing != null) {
            code = existing.indicator().code();
        } else {
            code = upper(d.code());
            if (code == null) {
                errors.put("code", IndicatorMessages.text("error.ind.indicator-code-required"));
            } else if (code.length() > 40 || !CODE.matcher(code).matches()) {
                errors.put(
                        "code",
                        IndicatorMessages.text(
                                "error.ind.indicator-code-invalid", d.code().strip()));
            }
        }
        String nameVi = text(d.nameVi(), 300, "nameVi", errors);
        String nameEn = text(d.nameEn(), 300, "nameEn", errors);
        String uomVi = text(d.unitOfMeasureVi(), 40, "unitOfMeasureVi", errors);
        String uomEn = text(d.unitOfMeasureEn(), 40, "unitOfMeasureEn", errors);
        ValueType type = choice(ValueType.class, d.valueType(), "valueType", errors);
        Aggregation agg = choice(Aggregation.class, d.aggregation(), "aggregation", errors);
        Aggregation timeAgg = choice(Aggregation.class, d.timeAggregation(), "timeAggregation", errors);
        Set<UnitKind> levels = EnumSet.noneOf(UnitKind.class);
        for (String l : d.levels()) {
            UnitKind k = choice(UnitKind.class, l, "levels", errors);
            if (k != null) {
                levels.add(k);
            }
        }
        String category = upper(d.breakdown());
        if (category != null && !breakdowns().containsKey(category)) {
            errors.put("breakdown", IndicatorMessages.text("error.ind.indicator-breakdown-unknown", d.breakdown()));
        }
        BigDecimal min = number(d.min(), "min", errors);
        BigDecimal max = number(d.max(), "max", errors);
        if (min != null && max != null && min.compareTo(max) > 0) {
            errors.put("max", IndicatorMessages.text("error.ind.indicator-range"));
        }
        Long numeratorId = null, denominatorId = null;
        BigDecimal factor = null;
        if (agg != null && timeAgg != null) {
            if ((agg == Aggregation.RATIO) != (timeAgg == Aggregation.RATIO)) {
                errors.put("timeAggregation", IndicatorMessages.text("error.ind.indicator-ratio-both"));
            }
            if (agg == Aggregation.RATIO) {
                numeratorId = component(d.numerator(), "numerator", code, errors);
                denominatorId = component(d.denominator(), "denominator", code, errors);
                if (numeratorId != null && numeratorId.equals(denominatorId)) {
                    errors.put("denominator", IndicatorMessages.text("error.ind.indicator-ratio-same"));
                }
                factor = d.ratioFactor() == null || d.ratioFactor().isBlank()
                        ? BigDecimal.valueOf(100)
                        : number(d.ratioFactor(), "ratioFactor", errors);
                if (factor != null && factor.signum() <= 0) {
                    errors.put("ratioFactor", IndicatorMessages.text("error.ind.indicator-ratio-factor"));
                }
                if (!levels.isEmpty()) {
                    errors.put("levels", IndicatorMessages.text("error.ind.indicator-ratio-levels"));
                }
                if (type != null && !type.isNumeric()) {
                    errors.put("valueType", IndicatorMessages.text("error.ind.indicator-ratio-type"));
                }
            } else if (levels.isEmpty()) {
                errors.put("levels", IndicatorMessages.text("error.ind.indicator-levels-required"));
            }
            if (type != null) {
                boolean yesRule = agg == Aggregation.COUNT_YES
                        || agg == Aggregation.SHARE_YES
                        || timeAgg == Aggregation.COUNT_YES
                        || timeAgg == Aggregation.SHARE_YES;
                if (yesRule && type != ValueType.YES_NO) {
                    errors.put("aggregation", IndicatorMessages.text("error.ind.indicator-yes-rule"));
                }
                if (type == ValueType.TEXT && (agg != Aggregation.LATEST || timeAgg != Aggregation.LATEST)) {
                    errors.put("aggregation", IndicatorMessages.text("error.ind.indicator-text-rule"));
                }
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", code);
        values.put("nameVi", nameVi);
        values.put("nameEn", nameEn);
        values.put("uomVi", uomVi);
        values.put("uomEn", uomEn);
        values.put("type", type == null ? null : type.name());
        values.put("agg", agg == null ? null : agg.name());
        values.put("timeAgg", timeAgg == null ? null : timeAgg.name());
        values.put("levels", String.join(",", levels.stream().map(Enum::name).toList()));
        values.put("category", category);
        values.put("min", min);
        values.put("max", max);
        values.put("num", numeratorId);
        values.put("den", denominatorId);
        values.put("factor", factor);
        values.put("description", note(d.description(), "description", "vi", errors));
        // A caller that predates the English note sends none: keep the one the indicator has.
        values.put(
                "descriptionEn",
                d.descriptionEn() == null && existing != null
                        ? existing.indicator().descriptionEn()
                        : note(d.descriptionEn(), "descriptionEn", "en", errors));
        values.put("sort", d.sortOrder());
        return new Checked(errors, code, type, agg, timeAgg, category, values);
    }

    private Long component(String raw, String field, String self, Map<String, Messages.Text> errors) {
        String code = upper(raw);
        if (code == null) {
            errors.put(field, IndicatorMessages.text("error.ind.indicator-ratio-component-required"));
            return null;
        }
        Optional<Indicator> found = catalogue.find(code);
        if (found.isEmpty() || code.equals(self)) {
            errors.put(field, IndicatorMessages.text("error.ind.indicator-ratio-component-unknown", raw.strip()));
            return null;
        }
        Indicator i = found.get();
        if (i.isComputed() || !i.valueType().isNumeric()) {
            errors.put(field, IndicatorMessages.text("error.ind.indicator-ratio-component-not-numeric", i.nameVi()));
            return null;
        }
        return i.id();
    }

    /** A note in one language (vi, en): optional, at most {@value #NOTE_MAX} characters. */
    private static String note(String raw, String field, String language, Map<String, Messages.Text> errors) {
        String note = raw == null || raw.isBlank() ? null : raw.strip();
        if (note != null && note.length() > NOTE_MAX) {
            errors.put(
                    field,
                    IndicatorMessages.text(
                            "error.ind.indicator-note-" + language + "-too-long",
                            Integer.toString(note.length()),
                            Integer.toString(NOTE_MAX)));
        }
        return note;
    }

    private static String upper(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    private static String text(String raw, int max, String field, Map<String, Messages.Text> errors) {
        if (raw == null || raw.isBlank()) {
            errors.put(field, IndicatorMessages.text("error.ind.catalogue-required"));
            return null;
        }
        String s = raw.strip();
        if (s.length() > max) {
            errors.put(field, IndicatorMessages.text("error.ind.catalogue-too-long", Integer.toString(max)));
        }
        return s;
    }

    private static <E extends Enum<E>> E choice(
            Class<E> type, String raw, String field, Map<String, Messages.Text> errors) {
        if (raw == null || raw.isBlank()) {
            errors.put(field, IndicatorMessages.text("error.ind.catalogue-choose"));
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, IndicatorMessages.text("error.ind.catalogue-choice-invalid", raw.strip()));
            return null;
        }
    }

    private static BigDecimal number(String raw, String field, Map<String, Messages.Text> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Optional<BigDecimal> n = VietnameseNumbers.parse(raw, NumberNotation.VIETNAMESE)
                .or(() -> VietnameseNumbers.parse(raw, NumberNotation.PLAIN));
        if (n.isEmpty()
                || n.get().abs().compareTo(new BigDecimal("1e20")) >= 0
                || n.get().scale() > 4) {
            errors.put(field, IndicatorMessages.text("error.ind.catalogue-not-a-number", raw.strip()));
            return null;
        }
        return n.get();
    }

    private void record(Indicator i, AuditAction action, String key, Object before, Object after) {
        Unit root = units.root();
        audit.recordAs(
                Actors.current(),
                new AuditChange(
                        root.id(),
                        root.treePath(),
                        "ind_indicator",
                        Long.toString(i.id()),
                        action,
                        IndicatorMessages.vi(key, i.nameVi(), i.code()),
                        before,
                        after));
        events.publishEvent(new IndicatorCatalogueChanged(i.id(), i.code()));
    }

    private static Map<String, Object> snapshot(IndicatorDefinition d) {
        Indicator i = d.indicator();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("nameVi", i.nameVi());
        m.put("nameEn", i.nameEn());
        m.put("unitOfMeasure", i.unitOfMeasureVi());
        m.put("valueType", i.valueType().name());
        m.put("aggregation", i.aggregation().name());
        m.put("timeAggregation", i.timeAggregation().name());
        m.put("levels", d.levels().stream().map(Enum::name).sorted().toList());
        m.put("breakdown", i.categoryCode());
        m.put("min", i.min());
        m.put("max", i.max());
        m.put("numerator", d.numeratorCode());
        m.put("denominator", d.denominatorCode());
        m.put("ratioFactor", i.ratioFactor());
        m.put("description", i.descriptionVi());
        m.put("descriptionEn", i.descriptionEn());
        m.put("retired", d.retired());
        m.put("version", d.version());
        return m;
    }
}
