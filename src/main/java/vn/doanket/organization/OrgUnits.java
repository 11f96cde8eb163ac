package vn.doanket.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.doanket.platform.TextFolding;
import vn.doanket.platform.access.CurrentAccount;

/** Reads the hierarchy: units by code, children on a date, subtrees, search and lineage. */
@Service
@Transactional(readOnly = true)
public class OrgUnits {

    static final String COLUMNS =
            """
            u.id, u.code, u.name, u.full_name, u.kind, u.unit_type, u.parent_id, p.code as parent_code,
            u.code_path, u.path, u.level, u.valid_from, u.valid_to
            """;
    static final String FROM = " from org_unit u left join org_unit p on p.id = u.parent_id ";

    static final RowMapper<Unit> MAPPER = (rs, i) -> new Unit(
            rs.getLong("id"),
            rs.getString("code"),
            rs.getString("name"),
            rs.getString("full_name"),
            UnitKind.valueOf(rs.getString("kind")),
            rs.getString("unit_type"),
            (Long) rs.getObject("parent_id"),
            rs.getString("parent_code"),
            rs.getString("code_path"),
            rs.getString("path"),
            rs.getInt("level"),
            rs.getObject("valid_from", LocalDate.class),
            rs.getObject("valid_to", LocalDate.class));

    private final JdbcClient jdbc;

    /**
     * Every version of a unit code, as read within the last {@link #CACHE_TTL_NANOS}: data entry looks up
     * the unit of every save, and the hierarchy changes only when it is loaded (which forgets them). A
     * code not found is never remembered, so a unit created next is found at once.
     */
    private final ConcurrentHashMap<String, Versions> byCode = new ConcurrentHashMap<>();

    // long enough that a commune saving its forms once a quarter per field finds its unit again, short
    // enough that another instance loading the hierarchy is seen within minutes
    static final long CACHE_TTL_NANOS = TimeUnit.MINUTES.toNanos(10);
    static final int CACHE_MAX_CODES = 200_000;

    private record Versions(List<Unit> units, long expiresAt) {}

    OrgUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static final String ROOT_CODE = "VN";

    /** The unit with this code in force on the date; failing that, the latest unit that ever had it. */
    public Optional<Unit> find(String code, LocalDate date) {
        if (code == null) {
            return Optional.empty();
        }
        Versions versions = byCode.get(code);
        if (versions == null || System.nanoTime() - versions.expiresAt() > 0) {
            List<Unit> all = jdbc.sql("select " + COLUMNS + FROM + " where u.code = :code")
                    .param("code", code)
                    .query(MAPPER)
                    .list();
            if (all.isEmpty()) {
                return Optional.empty();
            }
            versions = new Versions(all, System.nanoTime() + CACHE_TTL_NANOS);
            if (byCode.size() >= CACHE_MAX_CODES) {
                byCode.clear(); // a bound, not a policy: the next look-up of each code reads it again
            }
            byCode.put(code, versions);
        }
        return Optional.of(inForceOrLatest(versions.units(), date));
    }

    /** As the hierarchy is read: the version in force on the date (the newest if several), else the newest. */
    static Unit inForceOrLatest(List<Unit> versions, LocalDate date) {
        Unit best = null;
        boolean bestInForce = false;
        for (Unit u : versions) {
            boolean inForce = !u.validFrom().isAfter(date)
                    && (u.validTo() == null || !u.validTo().isBefore(date));
            if (best == null
                    || (inForce && !bestInForce)
                    || (inForce == bestInForce && u.validFrom().isAfter(best.validFrom()))) {
                best = u;
                bestInForce = inForce;
            }
        }
        return best;
    }

    /** Forgets the units read so far: the hierarchy was (re)loaded. */
    public void forgetCached() {
        byCode.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    byCode.clear();
                }
            });
        }
    }

    public Unit get(String code, LocalDate date) {
        return find(code, date).orElseThrow(() -> new UnitNotFoundException(code));
    }

    public Unit get(String code) {
        return get(code, LocalDate.now());
    }

    public Optional<Unit> findById(long id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where u.id = :id")
                .param("id", id)
                .query(MAPPER)
                .optional();
    }

    public Unit root() {
        return get(ROOT_CODE);
    }

    /** The units whose parent on {@code date} was this unit, committees first, then by code. */
    public List<Unit> children(Unit parent, LocalDate date) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + """
                        from org_unit_parent l
                        join org_unit u on u.id = l.unit_id
                        left join org_unit p on p.id = u.parent_id
                        where l.parent_id = :parent
                          and l.valid_from <= :d and (l.valid_to is null or l.valid_to >= :d)
                          and u.valid_from <= :d and (u.valid_to is null or u.valid_to >= :d)
                        order by case when u.kind = 'MEMBER_ORG' then 1 else 0 end, u.code""")
                .param("parent", parent.id())
                .param("d", date)
                .query(MAPPER)
                .list();
    }

    /** The ancestors of a unit from the root down, excluding the unit itself. */
    public List<Unit> ancestors(Unit unit) {
        List<Long> ids = Arrays.stream(unit.treePath().split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .filter(id -> id != unit.id())
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + FROM + " where u.id in (:ids) order by u.level")
                .param("ids", ids)
                .query(MAPPER)
                .list();
    }

    /**
     * Units whose names or code match the query with diacritics and case ignored; every word
     * of the query must occur. Units where the words occur together come first ("binh ngoc" finds
     * Bình Ngọc before the Hội Cựu chiến binh of xã Ngọc Sơn), then units in force today, then
     * shallower ones.
     */
    public List<Unit> search(String query, Unit within, int limit) {
        String folded = TextFolding.fold(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select " + COLUMNS + FROM + " where u.path like :scope");
        List<String> words = List.of(folded.split(" "));
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and u.search_text like :w").append(i);
        }
        sql.append("\n")
                .append(
                        """
                 order by (u.search_text like :phrase) desc, (u.valid_to is null) desc,
                          case when u.kind = 'MEMBER_ORG' or u.kind = 'RESIDENTIAL_AREA' then 1 else 0 end,
                          (u.search_text like :prefix) desc, u.level, u.name
                 limit :limit""");
        var spec = jdbc.sql(sql.toString())
                .param("scope", (within == null ? "/" : within.treePath()) + "%")
                .param("prefix", folded + "%")
                .param("phrase", "%" + escapeLike(folded) + "%")
                .param("limit", limit);
        for (int i = 0; i < words.size(); i++) {
            spec = spec.param("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        return spec.query(MAPPER).list();
    }

    /** What a historic unit became: its successors after the reform, with the share each took. */
    public List<Succession> successors(Unit unit) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + """
                        , l.weight, l.effective_on from org_unit_lineage l
                        join org_unit u on u.id = l.successor_id
                        left join org_unit p on p.id = u.parent_id
                        where l.predecessor_id = :id order by u.kind, u.code""")
                .param("id", unit.id())
                .query((rs, i) -> new Succession(
                        MAPPER.mapRow(rs, i),
                        rs.getBigDecimal("weight"),
                        rs.getObject("effective_on", LocalDate.class)))
                .list();
    }

    /** The historic units that became (part of) this unit. */
    public List<Succession> predecessors(Unit unit) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + """
                        , l.weight, l.effective_on from org_unit_lineage l
                        join org_unit u on u.id = l.predecessor_id
                        left join org_unit p on p.id = u.parent_id
                        where l.successor_id = :id order by u.kind, u.code""")
                .param("id", unit.id())
                .query((rs, i) -> new Succession(
                        MAPPER.mapRow(rs, i),
                        rs.getBigDecimal("weight"),
                        rs.getObject("effective_on", LocalDate.class)))
                .list();
    }

    /**
     * True when {@code unit} is {@code home} or below it. A historic unit counts as below
     * {@code home} when one of the units it became is.
     */
    public boolean isWithin(Unit home, Unit unit) {
        if (home.contains(unit)) {
            return true;
        }
        if (!unit.isHistoric() || home.isHistoric()) {
            return false;
        }
        List<Unit> frontier = new ArrayList<>(List.of(unit));
        for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
            List<Unit> next = new ArrayList<>();
            for (Unit u : frontier) {
                for (Succession s : successors(u)) {
                    if (home.contains(s.unit())) {
                        return true;
                    }
                    next.add(s.unit());
                }
            }
            frontier = next;
        }
        return false;
    }

    /**
     * True when the account may see the unit: it lies in the account's home subtree, or it is a
     * historic unit whose successors do.
     */
    public boolean isVisibleTo(CurrentAccount account, Unit unit) {
        if (unit.treePath().startsWith(account.homeUnitPath())) {
            return true;
        }
        return unit.isHistoric()
                && findById(account.homeUnitId())
                        .map(home -> isWithin(home, unit))
                        .orElse(false);
    }

    public long countInForce(UnitKind kind, LocalDate date) {
        return jdbc.sql(
                        "select count(*) from org_unit where kind = :k and valid_from <= :d and (valid_to is null or valid_to >= :d)")
                .param("k", kind.name())
                .param("d", date)
                .query(Long.class)
                .single();
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
