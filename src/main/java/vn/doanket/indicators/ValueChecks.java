package vn.doanket.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;

/** Every check a value passes before it is written, in the order a user would fix them. */
@Component
class ValueChecks {

    static final int MAX_COMMENT = 1000;

    private final IndicatorCatalogue catalogue;
    private final OrgUnits units;
    private final PeriodCalendar calendar;
    private final DataValueStore store;
    private final CatalogueCache cache;

    ValueChecks(
            IndicatorCatalogue catalogue,
            OrgUnits units,
            PeriodCalendar calendar,
            DataValueStore store,
            CatalogueCache cache) {
        this.catalogue = catalogue;
        this.cache = cache;
        this.units = units;
        this.calendar = calendar;
        this.store = store;
    }

    Batch newBatch() {
        return new Batch();
    }

    /** An indicator's code from the cached catalogue, or null for one it does not know yet. */
    private String code(long indicatorId) {
        Indicator known = cache.byId(indicatorId);
        return known == null ? null : known.code();
    }

    /**
     * Reads what the rows of these batches will need of their units and periods (see
     * {@link Batch#formState}) with one query for all of them, as a round of forms saved together or a
     * grid of many units would otherwise pay one round trip per unit and period. A row naming no unit or
     * period in force is skipped here: {@link #prepare} refuses it with its own message.
     */
    void readStates(List<Batch> batches, List<List<DataValueInput>> inputs) {
        Map<String, DataValueStore.StateKey> keys = new java.util.LinkedHashMap<>();
        List<java.util.Set<String>> wanted = new java.util.ArrayList<>(batches.size());
        for (int b = 0; b < batches.size(); b++) {
            Batch batch = batches.get(b);
            java.util.Set<String> mine = new java.util.LinkedHashSet<>();
            for (DataValueInput in : inputs.get(b)) {
                DataValueStore.StateKey key;
                try {
                    Period period = Period.parse(in.period());
                    key = new DataValueStore.StateKey(
                            batch.unit(in.unit(), period).id(), period);
                } catch (RuntimeException refusedLater) {
                    continue;
                }
                if (!batch.states.containsKey(key.id()) && mine.add(key.id())) {
                    keys.putIfAbsent(key.id(), key);
                }
            }
            wanted.add(mine);
        }
        if (keys.isEmpty()) {
            return;
        }
        Map<String, DataValueStore.FormState> read = store.formStates(keys.values(), OutlierCheck.HISTORY, this::code);
        for (int b = 0; b < batches.size(); b++) {
            for (String id : wanted.get(b)) {
                batches.get(b).states.put(id, read.get(id));
            }
        }
    }

    Prepared prepare(DataValueInput in, Batch batch, UnitScope scope) {
        Indicator indicator = batch.indicator(in.indicator());
        if (indicator.isComputed()) {
            throw new InvalidValueException("ind.indicator-computed", indicator.nameVi());
        }
        Period period = Period.parse(in.period());
        Unit unit = batch.unit(in.unit(), period);
        if (!batch.allows(scope, unit)) {
            throw new ReportingRuleException("ind.unit-outside-scope", 403, unit.fullName());
        }
        if (!indicator.isEnteredAt(unit.kind())) {
            throw new InvalidValueException(
                    "ind.level-not-entered", indicator.nameVi(), unit.fullName(), levels(indicator));
        }
        String option = option(indicator, in.option(), batch::options);
        List<PeriodType> collected = batch.collectedTypes(indicator);
        if (!collected.isEmpty() && !collected.contains(period.type())) {
            throw new InvalidValueException(
                    "ind.period-type-not-collected",
                    indicator.nameVi(),
                    period.label(),
                    collected.stream()
                            .map(t -> IndicatorMessages.vi("period.type." + t.name()))
                            .collect(Collectors.joining(", ")));
        }
        TypedValue value = ValueParser.parse(indicator, in.value(), in.notation());
        String comment = in.comment() == null ? null : in.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidValueException(
                    "ind.comment-too-long", Integer.toString(comment.length()), Integer.toString(MAX_COMMENT));
        }
        if (!calendar.hasStarted(period)) {
            throw new PeriodClosedException(
                    "ind.period-not-open",
                    period.label(),
                    TimeFormat.vietnamese(calendar.window(period).from()));
        }
        batch.lockingForm(indicator, unit, period).ifPresent(form -> {
            throw new PeriodClosedException("ind.period-locked", period.label(), unit.fullName(), form);
        });
        String typed = in.value() == null ? "" : in.value().strip();
        return new Prepared(0, indicator, unit, period, option, value, comment, in.expectedVersion(), typed);
    }

    /** The option code to store: DEFAULT without breakdown, else a valid option of the indicator's category. */
    String option(Indicator indicator, String raw) {
        return option(indicator, raw, cache::options);
    }

    private String option(
            Indicator indicator, String raw, java.util.function.Function<String, List<CategoryOption>> optionsOf) {
        String code = raw == null || raw.isBlank() || raw.strip().equalsIgnoreCase(Indicator.NO_BREAKDOWN)
                ? null
                : raw.strip().toUpperCase(Locale.ROOT);
        if (!indicator.hasBreakdown()) {
            if (code != null) {
                throw new InvalidValueException("ind.option-not-applicable", indicator.nameVi(), raw.strip());
            }
            return Indicator.NO_BREAKDOWN;
        }
        List<CategoryOption> options = optionsOf.apply(indicator.categoryCode());
        boolean known = false;
        for (int i = 0; code != null && !known && i < options.size(); i++) {
            known = options.get(i).code().equals(code);
        }
        if (!known) {
            String list = options.stream()
                    .map(o -> o.code() + " (" + o.nameVi() + ")")
                    .collect(Collectors.joining(", "));
            throw new InvalidValueException(
                    code == null ? "ind.option-required" : "ind.option-invalid",
                    indicator.nameVi(),
                    raw == null ? "" : raw.strip(),
                    list);
        }
        return code;
    }

    private static String levels(Indicator indicator) {
        return indicator.entryLevels().stream()
                .sorted()
                .map(k -> IndicatorMessages.vi("level." + k.name()))
                .collect(Collectors.joining(", "));
    }

    /** Look-ups shared by the rows of one batch, so a 10,000-row upload does not repeat them. */
    final class Batch {
        private final Map<String, Unit> unitsByCodeAndPeriod = new HashMap<>();
        private Map<Long, List<PeriodType>> collected;
        private final Map<String, DataValueStore.FormState> states = new HashMap<>();
        private final Map<String, List<CategoryOption>> options = new HashMap<>();
        private final Map<Long, Boolean> allowed = new HashMap<>();

        /** The scope is asked once per unit of the batch, not once per value. */
        boolean allows(UnitScope scope, Unit unit) {
            return allowed.computeIfAbsent(unit.id(), id -> scope.allows(unit));
        }

        List<CategoryOption> options(String category) {
            return options.computeIfAbsent(category, cache::options);
        }

        /** Looked up in the cached catalogue (see {@link CatalogueCache}), not read per batch. */
        Indicator indicator(String code) {
            Indicator found = cache.byCode(code);
            if (found == null) {
                String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
                found = catalogue.get(key); // refuses an unknown code with its own message
            }
            return found;
        }

        /** The unit with this code during the period; a unit merged away before the period is refused. */
        Unit unit(String code, Period period) {
            String key = (code == null ? "" : code.strip()) + "|" + period.id();
            Unit found = unitsByCodeAndPeriod.get(key);
            if (found == null) {
                found = units.get(code == null ? "" : code.strip(), period.end());
                boolean overlaps = !found.validFrom().isAfter(period.end())
                        && (found.validTo() == null || !found.validTo().isBefore(period.start()));
                if (!overlaps) {
                    throw new InvalidValueException(
                            "ind.unit-not-in-force",
                            found.fullName(),
                            period.label(),
                            TimeFormat.vietnamese(found.validFrom()),
                            found.validTo() == null ? "" : TimeFormat.vietnamese(found.validTo()));
                }
                unitsByCodeAndPeriod.put(key, found);
            }
            return found;
        }

        /** The period types of the forms collecting the indicator: one query for the whole batch. */
        List<PeriodType> collectedTypes(Indicator indicator) {
            if (collected == null) {
                collected = cache.collectedTypes();
            }
            return collected.getOrDefault(indicator.id(), List.of());
        }

        /**
         * What the batch's saves need of one unit and period (stored values, outlier histories, locking
         * forms): one query per unit and period for the whole batch, however many of its values it holds.
         */
        DataValueStore.FormState formState(Unit unit, Period period) {
            return states.computeIfAbsent(unit.id() + "|" + period.id(), k -> store.formStates(
                            List.of(new DataValueStore.StateKey(unit.id(), period)),
                            OutlierCheck.HISTORY,
                            ValueChecks.this::code)
                    .get(k));
        }

        java.util.Optional<String> lockingForm(Indicator indicator, Unit unit, Period period) {
            return java.util.Optional.ofNullable(formState(unit, period).locks().get(indicator.id()));
        }
    }
}
