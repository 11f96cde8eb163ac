package vn.doanket.indicators;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.doanket.organization.Unit;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;

/**
 * The audit entries of one save. A value changed on its own is one entry naming it, as the entry page
 * saves a field. The values of one unit and period changed together (a form saved whole, an upload)
 * are one entry that lists every change with its value before and after: still who, when, which unit
 * and what, but one row for a form instead of fifty, which on a busy deadline day is most of what
 * writing the audit trail costs.
 */
final class ValueAudit {

    /** One value's change: before is null for a new value, after is null for a removed one. */
    record Change(Prepared prepared, DataValue before, DataValue after, AuditAction action) {}

    private final Map<String, List<Change>> byUnitAndPeriod = new LinkedHashMap<>();
    private final Map<String, MessageFormat> formats = new HashMap<>();

    void add(Prepared p, DataValue before, DataValue after, AuditAction action) {
        byUnitAndPeriod
                .computeIfAbsent(p.unit().id() + "|" + p.period().id(), k -> new ArrayList<>())
                .add(new Change(p, before, after, action));
    }

    boolean isEmpty() {
        return byUnitAndPeriod.isEmpty();
    }

    /** One entry per unit and period: the change itself when it is alone, else the whole form's. */
    List<AuditChange> entries() {
        List<AuditChange> out = new ArrayList<>(byUnitAndPeriod.size());
        for (List<Change> changes : byUnitAndPeriod.values()) {
            out.add(changes.size() == 1 ? single(changes.get(0)) : form(changes));
        }
        return out;
    }

    private AuditChange single(Change c) {
        Prepared p = c.prepared();
        DataValue any = c.after() != null ? c.after() : c.before();
        String summary = format(
                "audit.ind.value-" + c.action().name().toLowerCase(Locale.ROOT),
                p.indicator().nameVi(),
                p.unit().fullName(),
                p.period().label(),
                display(c.before()),
                display(c.after()));
        return new AuditChange(
                p.unit().id(),
                p.unit().treePath(),
                "ind_data_value",
                Long.toString(any.id()),
                c.action(),
                summary,
                snapshot(p, c.before(), true),
                snapshot(p, c.after(), true));
    }

    private AuditChange form(List<Change> changes) {
        Prepared first = changes.get(0).prepared();
        Unit unit = first.unit();
        Period period = first.period();
        AuditAction action = changes.get(0).action();
        StringBuilder details = new StringBuilder();
        List<Map<String, Object>> before = new ArrayList<>();
        List<Map<String, Object>> after = new ArrayList<>();
        for (Change c : changes) {
            if (c.action() != action) {
                action = AuditAction.UPDATE; // a mix of new, changed and removed values changes the form
            }
            if (details.length() < 500) {
                details.append(details.length() == 0 ? "" : "; ")
                        .append(format(
                                "audit.ind.part-" + c.action().name().toLowerCase(Locale.ROOT),
                                c.prepared().indicator().nameVi(),
                                display(c.before()),
                                display(c.after())));
            }
            if (c.before() != null) {
                before.add(snapshot(c.prepared(), c.before(), false));
            }
            if (c.after() != null) {
                after.add(snapshot(c.prepared(), c.after(), false));
            }
        }
        String summary = format(
                "audit.ind.values-saved",
                Integer.toString(changes.size()),
                unit.fullName(),
                period.label(),
                details.toString());
        return new AuditChange(
                unit.id(),
                unit.treePath(),
                "ind_data_value",
                unit.code() + "/" + period.id(),
                action,
                summary,
                before.isEmpty() ? null : formSnapshot(unit, period, before),
                after.isEmpty() ? null : formSnapshot(unit, period, after));
    }

    /** Each pattern read and parsed once per save, not once per value. */
    private String format(String key, Object... args) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(IndicatorMessages.vi(k), Locale.ROOT))
                .format(args);
    }

    private static String display(DataValue v) {
        return v == null ? "" : v.display();
    }

    private static Map<String, Object> formSnapshot(Unit unit, Period period, List<Map<String, Object>> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", unit.code());
        m.put("period", period.id());
        m.put("values", values);
        return m;
    }

    private static Map<String, Object> snapshot(Prepared p, DataValue v, boolean withUnitAndPeriod) {
        if (v == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", p.indicator().code());
        if (withUnitAndPeriod) {
            m.put("unit", p.unit().code());
            m.put("period", p.period().id());
        }
        m.put("option", v.option());
        m.put("value", v.number() != null ? v.number() : v.answer() != null ? v.answer() : v.text());
        m.put("comment", v.comment());
        m.put("version", v.version());
        return m;
    }
}
