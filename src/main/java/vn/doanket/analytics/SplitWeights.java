package vn.doanket.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.analytics.internal.Hierarchy;
import vn.doanket.analytics.internal.RollupEngine;
import vn.doanket.identity.AccessGuard;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Succession;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Forbidden;
import vn.doanket.platform.access.Role;

/**
 * The rule by which a pre-reform commune's figures reach today's communes: merged ones are summed
 * into their successor, split ones shared by weights (equal by default). An administrator of the
 * provinces receiving the shares may set other weights; the totals already reported move at once.
 */
@Service
public class SplitWeights {

    /** A successor and the share of the old commune's figures it takes. */
    public record Share(Unit successor, BigDecimal weight, boolean custom) {}

    private final OrgUnits units;
    private final Hierarchy hierarchy;
    private final RollupEngine engine;
    private final AccessGuard guard;
    private final JdbcClient jdbc;

    private final vn.doanket.analytics.internal.RollupWorker rollup;

    SplitWeights(
            OrgUnits units,
            Hierarchy hierarchy,
            RollupEngine engine,
            vn.doanket.analytics.internal.RollupWorker rollup,
            AccessGuard guard,
            JdbcClient jdbc) {
        this.rollup = rollup;
        this.units = units;
        this.hierarchy = hierarchy;
        this.engine = engine;
        this.guard = guard;
        this.jdbc = jdbc;
    }

    /** The successors of an old unit with the weights in force (custom where an administrator set one). */
    @Transactional(readOnly = true)
    public List<Share> shares(Unit predecessor) {
        Map<Long, BigDecimal> custom = custom(predecessor.id());
        return units.successors(predecessor).stream()
                .map(s -> new Share(
                        s.unit(),
                        custom.getOrDefault(s.unit().id(), s.weight()),
                        custom.containsKey(s.unit().id())))
                .toList();
    }

    /** True when the account may change the weights of this old unit. */
    public boolean canEdit(CurrentAccount account, Unit predecessor) {
        if (account == null || !account.roles().contains(Role.ADMIN)) {
            return false;
        }
        List<Succession> successors = units.successors(predecessor);
        return successors.size() > 1
                && successors.stream().allMatch(s -> s.unit().treePath().startsWith(account.homeUnitPath()));
    }

    /** Sets the weights of a split commune (they must cover its successors and add up to 1). */
    @Transactional
    public List<Share> set(Unit predecessor, Map<Long, BigDecimal> weights) {
        CurrentAccount me = guard.require();
        if (!canEdit(me, predecessor)) {
            throw new Forbidden(AnalyticsException.key("analytics.weights-province-admin"));
        }
        Set<Long> successors =
                units.successors(predecessor).stream().map(s -> s.unit().id()).collect(Collectors.toSet());
        if (!weights.keySet().equals(successors)) {
            throw AnalyticsException.BadWeights.notForTheSuccessors();
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal w : weights.values()) {
            if (w == null || w.signum() <= 0 || w.compareTo(BigDecimal.ONE) > 0 || w.scale() > 9) {
                throw AnalyticsException.BadWeights.outOfRange();
            }
            total = total.add(w);
        }
        if (total.compareTo(BigDecimal.ONE) != 0) {
            throw AnalyticsException.BadWeights.totalNotOne(total.toPlainString());
        }
        rollup.holdUntilCommit();
        Map<LocalDate, List<Hierarchy.Entry>> before = new HashMap<>();
        for (LocalDate tree : hierarchy.trees()) {
            before.put(tree, hierarchy.entries(predecessor.id(), tree));
        }
        weights.forEach((successor, w) -> jdbc.sql(
                        """
                        insert into ana_split_weight (predecessor_id, successor_id, weight, set_by)
                        values (:p, :s, :w, :by)
                        on conflict (predecessor_id, successor_id) do update
                        set weight = excluded.weight, set_by = excluded.set_by, set_at = now()""")
                .param("p", predecessor.id())
                .param("s", successor)
                .param("w", w)
                .param("by", me.username())
                .update());
        try {
            hierarchy.reload();
            engine.reapportion(predecessor.id(), before);
        } catch (RuntimeException e) {
            hierarchy.reload();
            throw e;
        }
        return shares(predecessor);
    }

    private Map<Long, BigDecimal> custom(long predecessorId) {
        Map<Long, BigDecimal> out = new HashMap<>();
        jdbc.sql("select successor_id, weight from ana_split_weight where predecessor_id = :p")
                .param("p", predecessorId)
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return out;
    }
}
