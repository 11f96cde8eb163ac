package vn.doanket.reports.extraction;

import java.math.BigDecimal;

/**
 * A quantity as the scanner read it.
 *
 * @param noun for a share, what it is a share of ("91% hộ" → "hộ"); it is context, not part of the span
 */
public record Found(
        int start,
        int end,
        BigDecimal value,
        String unit,
        String qualifier,
        BigDecimal ratioOf,
        String noun,
        double confidence) {}
