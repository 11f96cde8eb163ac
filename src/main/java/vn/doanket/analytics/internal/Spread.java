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
 */
public final class Spread {

    /** What lands on one committee. */
    public record Part(BigDecimal amount, long count, long yes) {}

    private Spread() {}

    public static Map<Long, Part> of(Contribution c, List<Hierarchy.Entry> entries, int scale, Hierarchy hierarchy) {
        Map<Long, Part> out = new HashMap<>();
        if (c == null || entries.isEmpty()) {
            return out;
        }
        BigDecimal[] shares = shares(c.amount(), entries, scale);
        for (int i = 0; i < entries.size(); i++) {
            for (long target : hierarchy.lift(entries.get(i).unitId())) {
                Part add = new Part(shares[i], c.count(), c.yes());
                out.merge(target, add, (a, b) -> new Part(a.amount().add(b.amount()), a.count(), a.yes()));
            }
        }
        return out;
    }

    /** Weighted shares rounded toward zero; the first entry (the largest weight) takes the remainder. */
    public static BigDecimal[] shares(BigDecimal amount, List<Hierarchy.Entry> entries, int scale) {
        BigDecimal[] shares = new BigDecimal[entries.size()];
        if (entries.size() == 1 && entries.get(0).weight().compareTo(BigDecimal.ONE) == 0) {
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
