package vn.doanket.indicators;

import java.time.LocalDate;
import java.util.List;
import vn.doanket.organization.Unit;

/**
 * One unit's form for one period as a data-entry screen shows it: every field (indicator, or
 * indicator × breakdown option) with its stored value, version and target, and the form's state.
 *
 * @param submission null when the form was never submitted
 * @param open false when the period has not started or the form is approved (values locked)
 */
public record FormSheet(
        ReportForm form,
        Unit unit,
        Period period,
        DataWindow window,
        LocalDate deadline,
        Submission submission,
        boolean open,
        List<Field> fields) {

    public FormSheet {
        fields = List.copyOf(fields);
    }

    public SubmissionStatus status() {
        return submission == null ? SubmissionStatus.NOT_SUBMITTED : submission.status();
    }

    /** A field; {@code option} is null without breakdown, {@code value} and {@code target} null when absent. */
    public record Field(Indicator indicator, CategoryOption option, DataValue value, Target target) {

        public String optionCode() {
            return option == null ? Indicator.NO_BREAKDOWN : option.code();
        }

        public int version() {
            return value == null ? 0 : value.version();
        }

        public String display() {
            return value == null ? "" : value.display();
        }

        /** Achievement of the entered value against the target, when both exist. */
        public Achievement achievement() {
            return target == null || value == null || value.number() == null
                    ? null
                    : Achievement.of(value.number(), target.value());
        }
    }
}
