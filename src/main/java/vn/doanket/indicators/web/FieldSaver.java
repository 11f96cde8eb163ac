package vn.doanket.indicators.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doanket.indicators.Achievement;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataValue;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.SaveOutcome;
import vn.doanket.indicators.StaleValueException;
import vn.doanket.indicators.Submission;
import vn.doanket.indicators.SubmissionStatus;
import vn.doanket.indicators.Submissions;
import vn.doanket.indicators.Targets;
import vn.doanket.platform.DomainException;

/**
 * Saves one typed field through {@link DataEntry} and says what happened in the field's own words: a
 * refused or stale value is reported next to the field and nothing typed is thrown away.
 */
@Component
class FieldSaver {

    /** What the browser sends for one field. */
    record Typed(
            String form,
            String unit,
            String period,
            String indicator,
            String option,
            String value,
            String comment,
            int version) {

        String key() {
            return unit + "-" + indicator + "-" + option;
        }
    }

    private final DataEntry entry;
    private final Submissions submissions;
    private final Targets targets;
    private final Caller caller;
    private final MessageSource messages;

    FieldSaver(DataEntry entry, Submissions submissions, Targets targets, Caller caller, MessageSource messages) {
        this.entry = entry;
        this.submissions = submissions;
        this.targets = targets;
        this.caller = caller;
        this.messages = messages;
    }

    FieldStatus save(Typed t, Locale locale) {
        Optional<String> locked = lockReason(t.form(), t.unit(), t.period(), locale);
        if (locked.isPresent()) {
            return refused(t, locked.get());
        }
        String option = t.option() == null || t.option().isBlank() || "DEFAULT".equals(t.option()) ? null : t.option();
        DataValueInput input = DataValueInput.typed(t.indicator(), t.unit(), t.period(), option, t.value(), t.version())
                .withComment(t.comment() == null ? null : t.comment().strip());
        try {
            SaveOutcome outcome = entry.save(input, caller::canSee);
            DataValue v = outcome.value();
            String when = EntryFormat.time(v == null ? java.time.Instant.now() : v.updatedAt());
            String message = !outcome.changed()
                    ? messages.getMessage("dataentry.field.unchanged", null, locale)
                    : v == null
                            ? messages.getMessage("dataentry.field.removed", new Object[] {when}, locale)
                            : messages.getMessage("dataentry.field.saved", new Object[] {when}, locale);
            return new FieldStatus(
                    t.key(),
                    outcome.changed() ? FieldStatus.Kind.SAVED : FieldStatus.Kind.UNCHANGED,
                    message,
                    outcome.warnings().stream().map(w -> w.message(locale)).toList(),
                    v == null ? 0 : v.version(),
                    null,
                    null,
                    achievement(t, v, locale));
        } catch (StaleValueException e) {
            DataValue now = e.current();
            String message = now == null
                    ? messages.getMessage("dataentry.field.stale-removed", new Object[] {t.value()}, locale)
                    : messages.getMessage(
                            "dataentry.field.stale",
                            new Object[] {
                                now.updatedBy(), now.display(), EntryFormat.dateTime(now.updatedAt()), t.value()
                            },
                            locale);
            return new FieldStatus(
                    t.key(),
                    FieldStatus.Kind.STALE,
                    message,
                    List.of(),
                    null,
                    now == null ? "" : now.display(),
                    now == null ? 0 : now.version(),
                    null);
        } catch (DomainException e) {
            return refused(t, e.message(locale));
        }
    }

    /** Why the unit's form for the period cannot be changed now, if it cannot. */
    Optional<String> lockReason(String form, String unit, String period, Locale locale) {
        if (form == null || form.isBlank()) {
            return Optional.empty();
        }
        return submissions
                .find(form, unit, period)
                .filter(s -> s.status() == SubmissionStatus.SUBMITTED || s.status() == SubmissionStatus.APPROVED)
                .map(s -> reason(s, locale));
    }

    String reason(Submission s, Locale locale) {
        boolean approved = s.status() == SubmissionStatus.APPROVED;
        return messages.getMessage(
                approved ? "dataentry.locked.approved" : "dataentry.locked.submitted",
                new Object[] {
                    EntryFormat.dateTime(approved ? s.decidedAt() : s.submittedAt()),
                    approved ? s.decidedBy() : s.submittedBy()
                },
                locale);
    }

    private String achievement(Typed t, DataValue v, Locale locale) {
        if (v == null
                || v.number() == null
                || !(t.option() == null || t.option().isBlank() || "DEFAULT".equals(t.option()))) {
            return null;
        }
        Achievement a = targets.achievement(t.indicator(), t.unit(), t.period(), v.number());
        return a.wholePercent() == null
                ? null
                : messages.getMessage("dataentry.field.achievement", new Object[] {a.wholePercent()}, locale);
    }

    private static FieldStatus refused(Typed t, String message) {
        return new FieldStatus(t.key(), FieldStatus.Kind.REFUSED, message, List.of(), null, null, null, null);
    }
}
