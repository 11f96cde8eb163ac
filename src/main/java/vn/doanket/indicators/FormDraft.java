package vn.doanket.indicators;

import java.util.List;

/**
 * A report form as an administrator typed it: its name, period type, the levels that fill it, the
 * days allowed after the period's data window and its indicators in order (by code).
 */
public record FormDraft(
        String code,
        String nameVi,
        String nameEn,
        String periodType,
        List<String> levels,
        String deadlineDays,
        List<String> indicators,
        Integer version) {

    public FormDraft {
        levels = levels == null ? List.of() : List.copyOf(levels);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public static FormDraft of(ReportForm f, int version) {
        return new FormDraft(
                f.code(),
                f.nameVi(),
                f.nameEn(),
                f.periodType().name(),
                f.levels().stream().map(Enum::name).sorted().toList(),
                Integer.toString(f.deadlineDays()),
                f.indicatorCodes(),
                version);
    }
}
