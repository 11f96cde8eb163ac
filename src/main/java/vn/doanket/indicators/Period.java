package vn.doanket.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period by its calendar months. Ids follow DHIS2 ({@code 2024}, {@code 2024S1},
 * {@code 2024Q3}, {@code 202407}) plus {@code 2024N9} for the nine months January–September. The
 * data cut-off window of a period (Nghị định 09/2019) depends on configuration and is given by
 * {@link PeriodCalendar#window(Period)}; {@link #start()} and {@link #end()} are calendar dates.
 *
 * @param index month 1–12, quarter 1–4, half 1–2; 1 for nine-month and yearly periods
 */
public record Period(PeriodType type, int year, int index) implements Comparable<Period> {

    private static final Pattern ID = Pattern.compile("(\\d{4})(?:(\\d{2})|Q([1-4])|S([12])|(N9))?");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    // ids built so far, by type, year and index (see id())
    private static final java.util.concurrent.atomic.AtomicReferenceArray<String> IDS =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(PeriodType.values().length * 1100 * 13);

    private static final java.util.Map<String, Period> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Period, String> LABELS_VI = new java.util.concurrent.ConcurrentHashMap<>();

    public Period {
        if (type == null) {
            throw new IllegalArgumentException("period type is required");
        }
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int max = type.perYear();
        if (index < 1 || index > max) {
            throw new IllegalArgumentException(type + " index out of range: " + index);
        }
    }

    // Periods are map keys on every save's roll-up path; a plain arithmetic hash beats the generated one.
    @Override
    public int hashCode() {
        return (type.ordinal() * 3000 + year) * 13 + index;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && p.type == type && p.year == year && p.index == index;
    }

    public static Period month(int year, int month) {
        return new Period(PeriodType.MONTHLY, year, month);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(PeriodType.QUARTERLY, year, quarter);
    }

    public static Period half(int year, int half) {
        return new Period(PeriodType.SIX_MONTHLY, year, half);
    }

    public static Period nineMonths(int year) {
        return new Period(PeriodType.NINE_MONTHLY, year, 1);
    }

    public static Period year(int year) {
        return new Period(PeriodType.YEARLY, year, 1);
    }

    /** Reads a period id; refuses anything else with a message naming the accepted forms. */
    public static Period parse(String id) {
        return tryParse(id).orElseThrow(() -> new InvalidPeriodException(id));
    }

    public static Optional<Period> tryParse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        // every value of a save names its period: a valid id is matched once (there are few of them)
        Period known = PARSED.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Period> read = read(id);
        read.ifPresent(p -> {
            if (PARSED.size() < 100_000) {
                PARSED.put(id, p);
            }
        });
        return read;
    }

    private static Optional<Period> read(String id) {
        Matcher m = ID.matcher(id.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1900 || year > 2999) {
            return Optional.empty();
        }
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? Optional.of(month(year, month)) : Optional.empty();
        }
        if (m.group(3) != null) {
            return Optional.of(quarter(year, Integer.parseInt(m.group(3))));
        }
        if (m.group(4) != null) {
            return Optional.of(half(year, Integer.parseInt(m.group(4))));
        }
        if (m.group(5) != null) {
            return Optional.of(nineMonths(year));
        }
        return Optional.of(year(year));
    }

    /** The period of a type that holds a calendar month; nine-month periods hold only January–September. */
    public static Optional<Period> containing(PeriodType type, YearMonth month) {
        int y = month.getYear();
        int m = month.getMonthValue();
        return switch (type) {
            case MONTHLY -> Optional.of(month(y, m));
            case QUARTERLY -> Optional.of(quarter(y, (m - 1) / 3 + 1));
            case SIX_MONTHLY -> Optional.of(half(y, m <= 6 ? 1 : 2));
            case NINE_MONTHLY -> m <= 9 ? Optional.of(nineMonths(y)) : Optional.empty();
            case YEARLY -> Optional.of(year(y));
        };
    }

    public String id() {
        // asked for on every value of every save (keys, statements, deltas): each id is built once
        int slot = ((type.ordinal() * 1100) + (year - 1900)) * 13 + index;
        String id = IDS.get(slot);
        if (id == null) {
            id = buildId();
            IDS.set(slot, id);
        }
        return id;
    }

    private String buildId() {
        return switch (type) {
            case MONTHLY -> "%d%02d".formatted(year, index);
            case QUARTERLY -> year + "Q" + index;
            case SIX_MONTHLY -> year + "S" + index;
            case NINE_MONTHLY -> year + "N9";
            case YEARLY -> Integer.toString(year);
        };
    }

    @Override
    public String toString() {
        return id();
    }

    public YearMonth firstMonth() {
        int first = type == PeriodType.NINE_MONTHLY ? 1 : (index - 1) * type.months() + 1;
        return YearMonth.of(year, first);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(type.months() - 1L);
    }

    /** First calendar day (not the data cut-off; see {@link PeriodCalendar#window}). */
    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    /** Last calendar day (not the data cut-off; see {@link PeriodCalendar#window}). */
    public LocalDate end() {
        return lastMonth().atEndOfMonth();
    }

    /** True when every month of {@code other} lies in this period (a period contains itself). */
    public boolean contains(Period other) {
        return !other.firstMonth().isBefore(firstMonth()) && !other.lastMonth().isAfter(lastMonth());
    }

    /**
     * The periods of a shorter type that make up this one, in order: quarters of a year, months of a
     * quarter, quarters of a half, months or quarters of nine months. Empty when they do not fit
     * exactly (halves in a quarter, halves in nine months).
     */
    public List<Period> parts(PeriodType partType) {
        if (partType.months() > type.months() || type.months() % partType.months() != 0) {
            return List.of();
        }
        if (partType == PeriodType.NINE_MONTHLY && type != PeriodType.NINE_MONTHLY) {
            return List.of();
        }
        List<Period> parts = new ArrayList<>();
        for (YearMonth m = firstMonth(); !m.isAfter(lastMonth()); m = m.plusMonths(partType.months())) {
            Period p = containing(partType, m).orElseThrow();
            if (!p.firstMonth().equals(m)) {
                return List.of();
            }
            parts.add(p);
        }
        return parts;
    }

    /**
     * The period just before. Nine-month periods do not follow one another, so the one before
     * {@code 2024N9} is {@code 2023N9}, the period compared against in a nine-month review.
     */
    public Period previous() {
        return shift(-1);
    }

    public Period next() {
        return shift(1);
    }

    /** The same period one year earlier, e.g. {@code 2023Q3} for {@code 2024Q3}. */
    public Period sameLastYear() {
        return new Period(type, year - 1, index);
    }

    private Period shift(int by) {
        int n = type.perYear();
        int ordinal = year * n + (index - 1) + by;
        return new Period(type, Math.floorDiv(ordinal, n), Math.floorMod(ordinal, n) + 1);
    }

    /** “Quý I/2024”, “6 tháng đầu năm 2024”, … in Vietnamese; “Q1 2024”, … in English. */
    public String label(Locale locale) {
        IndicatorMessages messages = IndicatorMessages.of(locale);
        String y = Integer.toString(year);
        return switch (type) {
            case MONTHLY ->
                messages.get(
                        "period.label.month",
                        Integer.toString(index),
                        y,
                        java.time.Month.of(index).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
            case QUARTERLY -> messages.get("period.label.quarter", ROMAN[index - 1], y, Integer.toString(index));
            case SIX_MONTHLY -> messages.get(index == 1 ? "period.label.half1" : "period.label.half2", y);
            case NINE_MONTHLY -> messages.get("period.label.nine-months", y);
            case YEARLY -> messages.get("period.label.year", y);
        };
    }

    /** The Vietnamese label. */
    public String label() {
        String label = LABELS_VI.get(this);
        if (label == null) {
            label = label(IndicatorMessages.VIETNAMESE);
            if (LABELS_VI.size() < 100_000) {
                LABELS_VI.put(this, label);
            }
        }
        return label;
    }

    /** Earlier periods first; at the same end, the longer period first. */
    @Override
    public int compareTo(Period o) {
        int c = lastMonth().compareTo(o.lastMonth());
        return c != 0 ? c : Integer.compare(o.type.months(), type.months());
    }
}
