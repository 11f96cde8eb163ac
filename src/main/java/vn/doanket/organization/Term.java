package vn.doanket.organization;

import java.time.LocalDate;

/**
 * A term of office (nhiệm kỳ) such as 2024–2029, elected at a congress. It covers the days from
 * 1 January of the first year to 31 December of the last: congresses fall at different dates in
 * those years, and a position must lie inside them.
 */
public record Term(int startYear, int endYear) {

    public Term {
        if (startYear < 1930 || endYear > 2100 || endYear <= startYear || endYear - startYear > 10) {
            throw new PositionRuleException.InvalidTerm(startYear, endYear);
        }
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(endYear, 12, 31);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** "2024–2029", as the term is written in documents. */
    public String label() {
        return startYear + "–" + endYear;
    }

    @Override
    public String toString() {
        return label();
    }
}
