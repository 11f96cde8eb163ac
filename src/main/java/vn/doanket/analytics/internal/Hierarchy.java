package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hierarchy as the roll-up needs it, held in memory (about 120,000 units): for a unit that
 * reported a figure and a tree (named by the day it came into force), the units of that tree the
 * figure enters ({@link Entry}) and, for each of them, the committees above it. A unit in force in
 * the tree enters itself. A unit that ended before the tree enters its successors by the lineage
 * weights; an old commune missing from the merge table enters through its old district's (or
 * province's) lineage, i.e. straight into today's province, so no figure is lost from the totals.
 */
@Component
public class Hierarchy {

    /** One unit of a tree a figure enters, with the share of the figure it takes. */
    public record Entry(long unitId, BigDecimal weight) {}

    /** True when the figure enters one unit whole (nearly every unit): unshared, so never rounded. */
    public static boolean whole(List<Entry> entries) {
        return entries.size() == 1 && entries.get(0).weight().compareTo(BigDecimal.ONE) == 0;
    }

    record Node(long id, Long parentId, String kind, LocalDate from, LocalDate to, long[] lift, int level) {
        boolean inForceOn(LocalDate d) {
            return !from.isAfter(d) && (to == null || !to.isBefore(d));
        }

        boolean isLeaf() {
            return kind.equals("RESIDENTIAL_AREA") || kind.equals("MEMBER_ORG");
        }
    }

    private record Snapshot(
            Map<Long, Node> nodes, Map<Long, List<Entry>> lineage, List<LocalDate> trees, long rootId) {}

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;
    private final Map<Long, List<Entry>> entries = new ConcurrentHashMap<>();

    Hierarchy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Forget everything: after units were added or lineage weights changed. */
    public synchronized void reload() {
        snapshot = null;
        entries.clear();
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = load();
                }
                s = snapshot;
            }
        }
        return s;
    }

    private Snapshot load() {
        Map<Long, Node> nodes = new HashMap<>(200_000);
        TreeSet<LocalDate> trees = new TreeSet<>();
        long[] root = {0};
        jdbc.sql("select id, parent_id, kind, valid_from, valid_to, path, level from org_unit")
                .query(rs -> {
                    long id = rs.getLong(1);
                    String kind = rs.getString(3);
                    LocalDate from = rs.getObject(4, LocalDate.class);
                    if (kind.equals("PROVINCE")) {
                        trees.add(from);
                    }
                    if (kind.equals("CENTRAL")) {
                        root[0] = id;
                    }
                    nodes.put(
                            id,
                            new Node(
                                    id,
                                    (Long) rs.getObject(2),
                                    kind,
                                    from,
                                    rs.getObject(5, LocalDate.class),
                                    pathIds(rs.getString(6)),
                                    rs.getInt(7)));
                });
        Map<Long, List<Entry>> lineage = new HashMap<>();
        jdbc.sql(
                        "select predecessor_id, successor_id, weight from org_unit_lineage order by predecessor_id, successor_id")
                .query(rs -> {
                    lineage.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Entry(rs.getLong(2), rs.getBigDecimal(3)));
                });
        // weights set by a province administrator replace the equal shares of the reference lineage
        jdbc.sql("select predecessor_id, successor_id, weight from ana_split_weight")
                .query(rs -> {
                    List<Entry> list = lineage.get(rs.getLong(1));
                    long successor = rs.getLong(2);
                    BigDecimal weight = rs.getBigDecimal(3);
                    if (list != null) {
                        list.replaceAll(e -> e.unitId() == successor ? new Entry(successor, weight) : e);
                    }
                });
        if (trees.isEmpty()) {
            trees.add(LocalDate.of(1900, 1, 1));
        }
        return new Snapshot(nodes, lineage, List.copyOf(trees), root[0]);
    }

    private static long[] pathIds(String path) {
        return java.util.Arrays.stream(path.split("/"))
                .filter(p -> !p.isEmpty())
                .mapToLong(Long::parseLong)
                .toArray();
    }

    /** The days each tree came into force, oldest first (2024-01-01, 2025-07-01). */
    public List<LocalDate> trees() {
        return snapshot().trees();
    }

    /** The tree in force on a date; before the first known tree, the first. */
    public LocalDate treeOn(LocalDate date) {
        List<LocalDate> trees = trees();
        LocalDate found = trees.get(0);
        for (LocalDate t : trees) {
            if (!t.isAfter(date)) {
                found = t;
            }
        }
        return found;
    }

    public boolean isLeaf(long unitId) {
        Node n = node(unitId);
        return n != null && n.isLeaf();
    }

    Node node(long unitId) {
        Node n = snapshot().nodes().get(unitId);
        if (n == null) {
            reload();
            n = snapshot().nodes().get(unitId);
        }
        return n;
    }

    /**
     * The units of a tree a figure of {@code unitId} enters, the one taking the largest share first
     * (it takes the rounding remainder); empty when the unit did not exist yet in that tree.
     */
    public List<Entry> entries(long unitId, LocalDate tree) {
        long key = unitId * 100_000L + tree.toEpochDay();
        List<Entry> cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        Node n = node(unitId);
        List<Entry> result;
        if (n == null) {
            result = List.of();
        } else {
            Map<Long, BigDecimal> acc = new LinkedHashMap<>();
            collect(n, tree, BigDecimal.ONE, acc, 0);
            if (acc.isEmpty() && !n.from().isAfter(tree)) {
                // ended and lost from the lineage entirely: still counted in the national total
                acc.put(snapshot().rootId(), BigDecimal.ONE);
            }
            result = acc.entrySet().stream()
                    .map(e -> new Entry(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparing(Entry::weight).reversed().thenComparing(Entry::unitId))
                    .toList();
        }
        entries.put(key, result);
        return result;
    }

    private void collect(Node n, LocalDate tree, BigDecimal weight, Map<Long, BigDecimal> acc, int depth) {
        if (n.inForceOn(tree)) {
            acc.merge(n.id(), weight, BigDecimal::add);
            return;
        }
        if (n.from().isAfter(tree) || depth > 6) {
            return;
        }
        List<Entry> successors = snapshot().lineage().get(n.id());
        if (successors != null && !successors.isEmpty()) {
            for (Entry s : successors) {
                Node succ = snapshot().nodes().get(s.unitId());
                if (succ != null) {
                    collect(succ, tree, weight.multiply(s.weight()), acc, depth + 1);
                }
            }
            return;
        }
        if (n.parentId() != null) {
            Node parent = snapshot().nodes().get(n.parentId());
            if (parent != null) {
                collect(parent, tree, weight, acc, depth + 1);
            }
        }
    }

    /**
     * The committees whose totals include a figure entering {@code entryId}: itself unless a leaf, and all
     * above it, the lowest last. A committee's own figures skip its own total ({@link Spread}).
     */
    public long[] lift(long entryId) {
        Node n = node(entryId);
        if (n == null) {
            return new long[0];
        }
        return n.isLeaf() ? java.util.Arrays.copyOf(n.lift(), n.lift().length - 1) : n.lift();
    }

    /**
     * True when a committee's own figures count in its total on a tree: it is in force there (a unit
     * merged away before it counts only through its successors). Totals hold what lands from below; its
     * own figures are added when the total is read.
     */
    public boolean ownFiguresCount(long unitId, LocalDate tree) {
        Node n = node(unitId);
        return n != null && !n.isLeaf() && n.inForceOn(tree);
    }

    /** True when a figure entering {@code entryId} counts in {@code rootId}'s total: it is that unit or below it. */
    public boolean landsIn(long entryId, long rootId) {
        if (entryId == rootId) {
            return true;
        }
        for (long id : lift(entryId)) {
            if (id == rootId) {
                return true;
            }
        }
        return false;
    }

    /**
     * Units that had ended before {@code tree} came into force and whose figures enter {@code rootId}'s
     * total through the lineage (a pre-reform commune merged into a commune of the province), at least
     * in part. Units in force in the tree are not listed: they are found under the root's path.
     */
    public List<Long> endedUnitsEntering(long rootId, LocalDate tree) {
        List<Long> out = new ArrayList<>();
        for (Node n : snapshot().nodes().values()) {
            if (n.inForceOn(tree) || n.from().isAfter(tree) || under(n, rootId)) {
                continue; // in force, not yet existing, or under the root's path (found by the path itself)
            }
            for (Entry e : entries(n.id(), tree)) {
                if (landsIn(e.unitId(), rootId)) {
                    out.add(n.id());
                    break;
                }
            }
        }
        return out;
    }

    private static boolean under(Node n, long rootId) {
        for (long id : n.lift()) {
            if (id == rootId) {
                return true;
            }
        }
        return false;
    }
}
