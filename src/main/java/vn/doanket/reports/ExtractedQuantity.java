package vn.doanket.reports;

import java.math.BigDecimal;

/**
 * A quantity found in a narrative report.
 *
 * @param text the exact source text, {@code input.substring(start, end)}: number, scale word and unit
 *     ("9,1 tỷ đồng", "54/44 đơn vị máu", "91%"); the qualifier before it is not part of the span
 * @param value the number with scale words applied (9,1 tỷ → 9100000000); for a ratio, its first side
 * @param unit canonical unit ("đồng", "hộ", "%", "đơn vị máu"…), null when the text gives none
 * @param qualifier the word before the number that qualifies it ("hơn", "trên", "gần", "khoảng", "đạt"…)
 * @param ratioOf the second side of a ratio ("54/44" → 44), else null
 * @param indicator proposed indicator code from the catalogue, null when no rule applies
 * @param confidence 0..1 that this is a figure (and, with an indicator, that it reports that indicator)
 * @param period proposed period id ("2024", "2024Q1", "2024S1", "202407") named by the text, or null
 * @param unitName the administrative unit the text names nearest before the quantity, or null
 */
public record ExtractedQuantity(
        String text,
        int start,
        int end,
        BigDecimal value,
        String unit,
        String qualifier,
        BigDecimal ratioOf,
        String indicator,
        double confidence,
        String period,
        String unitName) {}
