package vn.doanket.reports.generation;

import java.util.Collection;
import java.util.List;
import vn.doanket.indicators.Period;
import vn.doanket.organization.Unit;

/** Where a report's figures come from: the analytics roll-up in the application, a fixed set in tests. */
public interface FigureSource {

    /**
     * The unit's figures for {@code periods} of {@code unitIndicators}, and each child's figures for
     * the first period of {@code childIndicators}.
     */
    Figures read(
            Unit unit,
            List<Unit> children,
            List<Period> periods,
            Collection<String> unitIndicators,
            Collection<String> childIndicators);
}
