package vn.doanket.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Who below a unit has reported a form for a period: counts, shares, the list of units still missing
 * (the reminder list), and the same counts for each child of the unit ({@code branches}, in tree order;
 * the unit's own form, if it fills one, first).
 */
public record Completeness(
        String formCode,
        String periodId,
        LocalDate deadline,
        List<UnitCompleteness> units,
        List<CompletenessBranch> branches) {

    public Completeness {
        units = List.copyOf(units);
        branches = List.copyOf(branches);
    }

    public int expected() {
        return units.size();
    }

    /** Submitted, approved, or returned after submitting: the unit did report. */
    public int submitted() {
        return (int) units.stream()
                .filter(u -> u.status() != SubmissionStatus.NOT_SUBMITTED)
                .count();
    }

    public int onTime() {
        return (int) units.stream().filter(UnitCompleteness::onTime).count();
    }

    public int approved() {
        return (int) units.stream()
                .filter(u -> u.status() == SubmissionStatus.APPROVED)
                .count();
    }

    public List<UnitCompleteness> missing() {
        return units.stream()
                .filter(u -> u.status() == SubmissionStatus.NOT_SUBMITTED)
                .toList();
    }

    /** Percentage of expected units that reported; null when none is expected. */
    public BigDecimal completenessPercent() {
        return percent(submitted());
    }

    public BigDecimal timelinessPercent() {
        return percent(onTime());
    }

    private BigDecimal percent(int count) {
        return units.isEmpty()
                ? null
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(units.size()), 1, RoundingMode.HALF_UP);
    }
}
