package vn.doanket.indicators;

/** How long a reporting period is. The id pattern of each type follows DHIS2, plus N9 for nine months. */
public enum PeriodType {
    /** {@code 202407}. */
    MONTHLY(1),
    /** {@code 2024Q3}. */
    QUARTERLY(3),
    /** {@code 2024S1} (January–June) and {@code 2024S2} (July–December). */
    SIX_MONTHLY(6),
    /** {@code 2024N9}: January–September, the “9 tháng” review. Nine-month periods do not tile a year. */
    NINE_MONTHLY(9),
    /** {@code 2024}. */
    YEARLY(12);

    private final int months;

    PeriodType(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** How many periods of this type a year holds (one nine-month period per year). */
    int perYear() {
        return this == NINE_MONTHLY ? 1 : 12 / months;
    }
}
