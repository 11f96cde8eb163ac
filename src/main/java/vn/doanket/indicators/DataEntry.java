package vn.doanket.indicators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.DomainException;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditTrail;

/**
 * Saves the figures units report: one value, a list (all or nothing), or a DHIS2 {@code dataValueSets}
 * payload (all or nothing). Every value is checked against its indicator (type, range, level,
 * breakdown), its period (open, not locked by an approved form) and the version the user saw; each
 * change is audited and announced as a {@link DataValueSaved} in the same transaction.
 *
 * <p>Callers check that the user may enter figures for the unit; this facade does not know users.
 */
@Service
public class DataEntry implements org.springframework.beans.factory.DisposableBean {

    private final ValueChecks checks;
    private final DataValueStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final OrgUnits units;
    private final TransactionTemplate transactions;
    private final SaveRounds rounds;

    DataEntry(
            ValueChecks checks,
            DataValueStore store,
            AuditTrail audit,
            ApplicationEventPublisher events,
            ObjectMapper json,
            OrgUnits units,
            PlatformTransactionManager transactionManager,
            @Value("${doanket.data-entry.saves-per-round:8}") int savesPerRound,
            @Value("${doanket.web.concurrent-writes:0}") int concurrentWrites,
            @Value("${doanket.data-entry.gather-millis:4}") long gatherMillis) {
        this.checks = checks;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.units = units;
        this.transactions = new TransactionTemplate(transactionManager);
        // as many rounds at once, each on a writer thread of its own, as writing requests are let in (one
        // per core, at least two), each of at most 8 saves (doanket.data-entry.saves-per-round) and 2,000
        // values: a 10,000-row upload still goes alone. With 32 clients on two cores, rounds of 16 took
        // 1.3x the saves a second of saves one by one but widened the wait (p99 149 ms against 134);
        // rounds of 8 kept the rate, and with writer threads rounds of 6 and 12 were no better than 8
        int slots = concurrentWrites > 0
                ? concurrentWrites
                : Math.max(2, Runtime.getRuntime().availableProcessors());
        // rounds of one save write each alone, as before rounds existed, still held to the same slots
        // a round not yet full waits up to 4 ms (doanket.data-entry.gather-millis) for more saves: see SaveRounds
        this.rounds = new SaveRounds(
                slots, savesPerRound, 2_000, java.time.Duration.ofMillis(Math.max(0, gatherMillis)), this::round);
    }

    /** Lets the rounds' writer threads go when the application stops. */
    @Override
    public void destroy() {
        rounds.close();
    }

    /** Saves one value (a blank value removes it). Refused values leave nothing stored. */
    @Transactional
    public SaveOutcome save(DataValueInput input) {
        return save(input, UnitScope.EVERYWHERE);
    }

    /**
     * Saves one value for a unit within the caller's scope. Outside a caller's transaction it waits for a
     * slot among the rounds of whole forms (see {@link SaveRounds#alone}).
     */
    public SaveOutcome save(DataValueInput input, UnitScope scope) {
        String actor = Actors.current();
        java.util.function.Supplier<SaveOutcome> work = () -> transactions.execute(status -> {
            ValueChecks.Batch batch = checks.newBatch();
            return write(checks.prepare(input, batch, scope), batch, actor);
        });
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        return rounds.alone(work);
    }

    /** Saves a list: every row is checked first, and if any is refused none is stored. */
    @Transactional
    public ImportSummary saveAll(List<DataValueInput> inputs) {
        return saveAll(inputs, UnitScope.EVERYWHERE);
    }

    /**
     * Saves a list all or nothing; a row for a unit outside the scope is an error of that row. Outside a
     * caller's transaction, lists saved at the same moment by different people are written in one
     * transaction (see {@link SaveRounds}), each still checked, refused or saved on its own.
     */
    public ImportSummary saveAll(List<DataValueInput> inputs, UnitScope scope) {
        List<Numbered> rows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            rows.add(new Numbered(i + 1, inputs.get(i)));
        }
        String actor = Actors.current();
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return transactions.execute(status -> apply(rows, false, scope, actor));
        }
        return rounds.submit(new SaveRounds.Job(rows, asCaller(scope), actor));
    }

    /**
     * The scope as the caller's thread would answer it: a round runs on a writer thread, and a scope that
     * asks who is signed in (an upload page's does) must be answered for the saver, not for nobody.
     */
    private static UnitScope asCaller(UnitScope scope) {
        if (scope == UnitScope.EVERYWHERE) {
            return scope;
        }
        SecurityContext caller = SecurityContextHolder.getContext();
        return unit -> {
            SecurityContext writer = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(caller);
            try {
                return scope.allows(unit);
            } finally {
                SecurityContextHolder.setContext(writer);
            }
        };
    }

    /**
     * Writes a round of saves: alone, as it always was; several, in one transaction, where a save refused
     * for its own rows is answered with its errors and writes nothing. If anything else goes wrong (a value
     * changed meanwhile by someone outside the round, a database error) the transaction is rolled back and
     * each save is made again on its own, so no save answers for another.
     */
    private Map<SaveRounds.Job, Object> round(List<SaveRounds.Job> jobs) {
        Map<SaveRounds.Job, Object> results = new java.util.IdentityHashMap<>();
        if (jobs.size() > 1) {
            try {
                results.putAll(transactions.execute(status -> together(jobs)));
                return results;
            } catch (RuntimeException e) {
                results.clear();
            }
        }
        for (SaveRounds.Job j : jobs) {
            try {
                results.put(j, transactions.execute(status -> apply(j.rows, false, j.scope, j.actor)));
            } catch (RuntimeException e) {
                results.put(j, e);
            }
        }
        return results;
    }

    private Map<SaveRounds.Job, Object> together(List<SaveRounds.Job> jobs) {
        Map<SaveRounds.Job, Object> results = new java.util.IdentityHashMap<>();
        List<SaveRounds.Job> writing = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        List<ValueChecks.Batch> batches = new ArrayList<>(jobs.size());
        List<List<DataValueInput>> inputs = new ArrayList<>(jobs.size());
        for (SaveRounds.Job j : jobs) {
            batches.add(checks.newBatch());
            inputs.add(j.rows.stream().map(Numbered::input).toList());
        }
        // what every save of the round reads of its unit and period, in one query rather than one each
        checks.readStates(batches, inputs);
        for (int k = 0; k < jobs.size(); k++) {
            SaveRounds.Job j = jobs.get(k);
            try {
                parts.add(prepareAll(j.rows, false, j.scope, j.actor, batches.get(k)));
                writing.add(j);
            } catch (DataImportRejectedException e) {
                results.put(j, e);
            }
        }
        List<List<Outcome>> outcomes = writeAll(parts);
        for (int i = 0; i < writing.size(); i++) {
            // a stale value throws here: the round is rolled back and each save made on its own
            results.put(writing.get(i), summarize(outcomes.get(i), false));
        }
        return results;
    }

    /**
     * Applies a DHIS2 {@code dataValueSets} JSON payload by code (dataElement = indicator code, orgUnit =
     * unit code, period = period id, categoryOptionCombo = breakdown option code or absent). Numbers are
     * machine-written; values replace stored ones as in DHIS2; {@code “deleted”: true} removes a value.
     */
    @Transactional
    public ImportSummary applyDataValueSet(String payload) {
        return applyDataValueSet(payload, UnitScope.EVERYWHERE);
    }

    /** Applies a DHIS2 payload all or nothing; a row for a unit outside the scope is an error of that row. */
    @Transactional
    public ImportSummary applyDataValueSet(String payload, UnitScope scope) {
        return apply(DataValueSets.read(json, payload), true, scope, Actors.current());
    }

    /**
     * Applies a DHIS2 {@code dataValueSets} CSV upload by code, all or nothing; errors name the line of
     * the file (the header is line 1).
     */
    @Transactional
    public ImportSummary applyDataValueSetCsv(String csv, UnitScope scope) {
        return apply(DataValueSetCsv.read(csv), true, scope, Actors.current());
    }

    /** The stored value of a field, if any. */
    @Transactional(readOnly = true)
    public Optional<DataValue> find(String indicator, String unit, String period, String option) {
        ValueChecks.Batch batch = checks.newBatch();
        Indicator ind = batch.indicator(indicator);
        Period p = Period.parse(period);
        Unit u = batch.unit(unit, p);
        return store.find(ind, u.id(), p, checks.option(ind, option));
    }

    /** All values a unit saved for a period. */
    @Transactional(readOnly = true)
    public List<DataValue> values(String unit, String period) {
        Period p = Period.parse(period);
        return store.forUnit(units.get(unit, p.end()).id(), p);
    }

    record Numbered(int row, DataValueInput input) {}

    /** One caller's checked rows, the look-ups they were checked with, and who saves them. */
    private record Part(List<Prepared> prepared, ValueChecks.Batch batch, String actor) {}

    private ImportSummary apply(List<Numbered> rows, boolean dhis2, UnitScope scope, String actor) {
        ValueChecks.Batch batch = checks.newBatch();
        // a grid or an upload of many units reads all their states at once
        checks.readStates(
                List.of(batch), List.of(rows.stream().map(Numbered::input).toList()));
        Part part = prepareAll(rows, dhis2, scope, actor, batch);
        return summarize(writeAll(List.of(part)).get(0), dhis2);
    }

    /** Checks every row; if any is refused, none is written and the errors name each row. */
    private Part prepareAll(
            List<Numbered> rows, boolean dhis2, UnitScope scope, String actor, ValueChecks.Batch batch) {
        List<RowError> errors = new ArrayList<>();
        List<Prepared> prepared = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Numbered r : rows) {
            try {
                Prepared p = checks.prepare(r.input(), batch, scope);
                Integer earlier = seen.putIfAbsent(p.key(), r.row());
                if (earlier != null) {
                    throw new InvalidValueException("ind.import-duplicate", Integer.toString(earlier));
                }
                prepared.add(p.at(r.row()));
            } catch (DomainException e) {
                errors.add(RowError.of(r.row(), Fields.of(e.code(), dhis2), e));
            }
        }
        if (!errors.isEmpty()) {
            throw new DataImportRejectedException(errors);
        }
        return new Part(prepared, batch, actor);
    }

    /** Counts what became of the rows; a row someone else changed first refuses the whole list. */
    private static ImportSummary summarize(List<Outcome> outcomes, boolean dhis2) {
        List<RowError> errors = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int removed = 0;
        int unchanged = 0;
        List<Warning> warnings = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.stale() != null) {
                StaleValueException e = o.stale();
                errors.add(RowError.of(o.prepared().row(), Fields.of(e.code(), dhis2), e));
                continue;
            }
            Written w = o.written();
            switch (w.kind()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case REMOVED -> removed++;
                case UNCHANGED -> unchanged++;
            }
            w.warnings().forEach(m -> warnings.add(m.atRow(o.prepared().row())));
        }
        if (!errors.isEmpty()) {
            throw new DataImportRejectedException(errors);
        }
        return ImportSummary.of(created, updated, removed, unchanged, warnings);
    }

    private SaveOutcome write(Prepared p, ValueChecks.Batch batch, String actor) {
        Outcome o = writeAll(List.of(new Part(List.of(p), batch, actor))).get(0).get(0);
        if (o.stale() != null) {
            throw o.stale();
        }
        Written w = o.written();
        return new SaveOutcome(w.value(), w.kind() != Kind.UNCHANGED, w.warnings());
    }

    enum Kind {
        CREATED,
        UPDATED,
        REMOVED,
        UNCHANGED
    }

    record Written(Kind kind, DataValue value, List<Warning> warnings) {}

    /** What became of one value: written, or refused because someone else changed it first. */
    record Outcome(Prepared prepared, Written written, StaleValueException stale) {}

    /**
     * Current values and outlier histories of the units and periods a batch touches, as the batch read
     * them (one query per unit and period rather than once per value). Writes stay conditional on the
     * version read, so a change made by someone else after this read is still caught.
     */
    private static final class Preload {
        private final ValueChecks.Batch batch;
        private final Map<String, Map<String, DataValue>> current = new HashMap<>();

        Preload(ValueChecks.Batch batch) {
            this.batch = batch;
        }

        DataValue current(Prepared p) {
            return current.computeIfAbsent(unitPeriod(p), k -> batch.formState(p.unit(), p.period()).current().stream()
                            .collect(Collectors.toMap(v -> v.indicatorId() + "|" + v.option(), v -> v)))
                    .get(field(p));
        }

        OutlierCheck.History history(Prepared p) {
            return batch.formState(p.unit(), p.period()).histories().getOrDefault(field(p), OutlierCheck.History.NONE);
        }

        private static String unitPeriod(Prepared p) {
            return p.unit().id() + "|" + p.period().id();
        }

        private static String field(Prepared p) {
            return p.indicator().id() + "|" + p.option();
        }
    }

    /** A checked value and what it will do to the stored one. */
    private record Step(Prepared p, DataValue current, String comment, Kind kind, List<Warning> warnings) {}

    /**
     * Writes checked values set-based: the stored values of each unit and period are read once, then
     * all inserts, all changes and all removals go in one statement each, every one conditional on the
     * version read (a row someone else inserted, changed or removed meanwhile is refused as stale,
     * exactly as a single save would be); the changes are audited with one statement and announced in
     * one {@link DataValuesSaved}. The parts are the saves of a round (one, or several written together,
     * each by its own actor); their outcomes come back per part in input order. When any is stale nothing
     * is audited or announced, since the caller refuses the save and the transaction rolls back.
     */
    private List<List<Outcome>> writeAll(List<Part> parts) {
        List<List<Step>> stepsByPart = new ArrayList<>(parts.size());
        Map<Prepared, StaleValueException> stale = new java.util.IdentityHashMap<>();
        List<DataValueStore.Write> inserts = new ArrayList<>();
        List<DataValueStore.Write> updates = new ArrayList<>();
        List<DataValue> deletes = new ArrayList<>();
        for (Part part : parts) {
            Preload preload = new Preload(part.batch());
            List<Step> steps = new ArrayList<>(part.prepared().size());
            for (Prepared p : part.prepared()) {
                steps.add(step(p, preload, part.actor(), stale, inserts, updates, deletes));
            }
            stepsByPart.add(steps);
        }
        Instant now = Instant.now();
        Map<String, DataValue> inserted = store.insertAll(inserts, now);
        Map<Long, DataValue> changed = store.updateAll(updates, now);
        java.util.Set<Long> deleted = store.deleteAll(deletes);
        List<List<Outcome>> outcomesByPart = new ArrayList<>(parts.size());
        List<String> actors = new ArrayList<>();
        List<vn.doanket.platform.audit.AuditChange> changes = new ArrayList<>();
        List<DataValueSaved> announced = new ArrayList<>();
        boolean anyStale = false;
        for (int k = 0; k < parts.size(); k++) {
            String actor = parts.get(k).actor();
            List<Step> steps = stepsByPart.get(k);
            List<Outcome> outcomes = new ArrayList<>(steps.size());
            ValueAudit audits = new ValueAudit();
            for (Step st : steps) {
                Prepared p = st.p();
                StaleValueException refused = stale.get(p);
                if (refused != null) {
                    outcomes.add(new Outcome(p, null, refused));
                    anyStale = true;
                    continue;
                }
                DataValue after;
                AuditAction action;
                switch (st.kind()) {
                    case CREATED -> {
                        after = inserted.get(p.key());
                        action = AuditAction.CREATE;
                    }
                    case UPDATED -> {
                        after = changed.get(st.current().id());
                        action = AuditAction.UPDATE;
                    }
                    case REMOVED -> {
                        after = deleted.contains(st.current().id()) ? st.current() : null;
                        action = AuditAction.DELETE;
                    }
                    default -> {
                        outcomes.add(new Outcome(p, new Written(Kind.UNCHANGED, st.current(), List.of()), null));
                        continue;
                    }
                }
                if (after == null) {
                    outcomes.add(new Outcome(p, null, stale(p)));
                    anyStale = true;
                    continue;
                }
                DataValue before = st.kind() == Kind.CREATED ? null : st.current();
                DataValue stored = st.kind() == Kind.REMOVED ? null : after;
                audits.add(p, before, stored, action);
                announced.add(event(p, before, stored, actor, now));
                outcomes.add(new Outcome(p, new Written(st.kind(), stored, st.warnings()), null));
            }
            for (vn.doanket.platform.audit.AuditChange c : audits.entries()) {
                actors.add(actor);
                changes.add(c);
            }
            outcomesByPart.add(outcomes);
        }
        if (!anyStale && !changes.isEmpty()) {
            audit.recordAll(actors, changes);
            events.publishEvent(new DataValuesSaved(announced));
        }
        return outcomesByPart;
    }

    /** What one checked value will do to the stored one, adding it to the rows to write. */
    private static Step step(
            Prepared p,
            Preload preload,
            String actor,
            Map<Prepared, StaleValueException> stale,
            List<DataValueStore.Write> inserts,
            List<DataValueStore.Write> updates,
            List<DataValue> deletes) {
        DataValue current = preload.current(p);
        if (p.expectedVersion() != null) {
            int seenVersion = current == null ? 0 : current.version();
            if (seenVersion != p.expectedVersion()) {
                stale.put(p, new StaleValueException(p.indicator().nameVi(), p.typed(), current));
                return new Step(p, current, null, Kind.UNCHANGED, List.of());
            }
        }
        String comment = p.comment() == null ? (current == null ? null : current.comment()) : p.comment();
        if (p.value() == null) {
            if (current != null) {
                deletes.add(current);
            }
            return new Step(p, current, comment, current == null ? Kind.UNCHANGED : Kind.REMOVED, List.of());
        }
        // a plain test rather than Optional.stream().toList(): JFR put a tenth of the save writers' samples on
        // that stream, built for each of a round's four hundred values to hold no warning or one
        Optional<Warning> far = p.value().number() == null
                ? Optional.empty()
                : OutlierCheck.warning(p.value().number(), preload.history(p));
        List<Warning> warnings = far.isPresent() ? List.of(far.get()) : List.of();
        if (current == null) {
            inserts.add(new DataValueStore.Write(p, null, comment, actor));
            return new Step(p, null, comment, Kind.CREATED, warnings);
        }
        if (valueOf(current).sameAs(p.value()) && Objects.equals(comment, current.comment())) {
            return new Step(p, current, comment, Kind.UNCHANGED, List.of());
        }
        updates.add(new DataValueStore.Write(p, current, comment, actor));
        return new Step(p, current, comment, Kind.UPDATED, warnings);
    }

    private StaleValueException stale(Prepared p) {
        DataValue now =
                store.find(p.indicator(), p.unit().id(), p.period(), p.option()).orElse(null);
        if (now == null && !store.indicatorExists(p.indicator().id())) {
            // deleted after this save was checked: the insert left its rows out (DataValueStore.insertAll),
            // and the whole save is refused as a save naming an unknown indicator is
            throw new IndicatorNotFoundException(p.indicator().code());
        }
        return new StaleValueException(p.indicator().nameVi(), p.typed(), now);
    }

    private static DataValueSaved event(Prepared p, DataValue before, DataValue after, String actor, Instant now) {
        DataValue any = after != null ? after : before;
        Unit unit = p.unit();
        return new DataValueSaved(
                any.id(),
                p.indicator().id(),
                p.indicator().code(),
                unit.id(),
                unit.treePath(),
                p.period().id(),
                p.period().type(),
                p.option(),
                before == null ? null : before.number(),
                after == null ? null : after.number(),
                before == null ? null : before.answer(),
                after == null ? null : after.answer(),
                after == null,
                any.version(),
                actor,
                now);
    }

    private static TypedValue valueOf(DataValue v) {
        return new TypedValue(v.number(), v.text(), v.answer());
    }
}
