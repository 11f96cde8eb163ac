package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one contribution lands in one tree: each entry takes its weighted share rounded down to the
 * indicator's decimals, the entry with the largest weight takes what rounding left over (so a split
 * commune's figures add up exactly to what it reported), and every committee above an entry adds
 * the entry's share. The unit is counted (as answering, as a yes) once at every committee it reaches.
 *
 * <p>A committee's own figures stay out of its own total: a total holds what lands on a committee from
 * the units below it and from predecessors merged into it, and {@link TotalsReader} adds the committee's
 * own values beside it. A commune's form of thirty indicators then changes the totals of its province
 * and the nation, and writes no row of its own for each indicator, quarter, half, nine months and year.
 */
public final class Spread {

    /** What lands on one committee. */
    public record Part(BigDecimal amount, long count, long yes) {}

    private Spread() {}

    /**
     * The parts of the committees a contribution of {@code reporter} reaches through {@code entries} (the
     * units it enters in one tree), the reporter's own total excepted.
     */
    public static Map<Long, Part> of(
            Contribution c, long reporter, List<Hierarchy.Entry> entries, int scale, Hierarchy hierarchy) {
        Map<Long, Part> out = new HashMap<>();
        if (c == null || entries.isEmpty()) {
            return out;
        }
        BigDecimal[] shares = shares(c.amount(), entries, scale);
        for (int i = 0; i < entries.size(); i++) {
            for (long target : hierarchy.lift(entries.get(i).unitId())) {
                if (target == reporter) {
                    continue;
                }
                Part add = new Part(shares[i], c.count(), c.yes());
                out.merge(target, add, (a, b) -> new Part(a.amount().add(b.amount()), a.count(), a.yes()));
            }
        }
        return out;
    }

    /** Weighted shares rounded toward zero; the first entry (the largest weight) takes the remainder. */
    public static BigDecimal[] shares(BigDecimal amount, List<Hierarchy.Entry> entries, int scale) {
        BigDecimal[] shares = new BigDecimal[entries.size()];
        if (Hierarchy.whole(entries)) {
            shares[0] = amount;
            return shares;
        }
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < shares.length; i++) {
            shares[i] = amount.multiply(entries.get(i).weight()).setScale(scale, RoundingMode.DOWN);
            given = given.add(shares[i]);
        }
        shares[0] = shares[0].add(amount.subtract(given));
        return shares;
    }
}
