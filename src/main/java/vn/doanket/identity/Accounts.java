package vn.doanket.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.identity.internal.AccountCache;
import vn.doanket.identity.internal.CredentialCache;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.Messages;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Forbidden;
import vn.doanket.platform.access.Role;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;

/** Accounts: lookup for login, lockout after repeated failures, and administration within a subtree. */
@Service
public class Accounts implements UserDetailsService {

    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private static final String SELECT =
            """
            select a.id, a.username, a.display_name, a.password_hash, a.enabled, a.failed_attempts, a.locked_until,
                   u.id as unit_id, u.code as unit_code, u.name as unit_name, u.path as unit_path,
                   coalesce((select string_agg(r.role, ',') from identity_account_role r where r.account_id = a.id), '') as roles
            from identity_account a join org_unit u on u.id = a.home_unit_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final OrgUnits units;
    private final CredentialCache credentials;
    private final AccountCache cache;

    Accounts(
            JdbcClient jdbc,
            JdbcTemplate template,
            PasswordEncoder encoder,
            AuditTrail audit,
            OrgUnits units,
            CredentialCache credentials,
            AccountCache cache) {
        this.credentials = credentials;
        this.cache = cache;
        this.jdbc = jdbc;
        this.template = template;
        this.encoder = encoder;
        this.audit = audit;
        this.units = units;
    }

    /** An account as read for login; each request gets its own principal made from it. */
    private record LoginRow(
            CurrentAccount account, String passwordHash, boolean enabled, Instant lockedUntil, int failedAttempts) {}

    /**
     * Runs on every API request (HTTP Basic). The account comes from the {@link AccountCache} while no
     * change to accounts, roles or units has been announced since it was read; otherwise it is one
     * statement in autocommit rather than a read-only transaction (a begin and a commit would double its
     * round trips to the database).
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        LoginRow row = cache.get(name, () -> read(name));
        // a principal of its own: Spring Security erases the password hash of the one it was given
        return new AccountPrincipal(
                row.account(), row.passwordHash(), row.enabled(), row.lockedUntil(), row.failedAttempts());
    }

    private LoginRow read(String username) {
        return jdbc.sql(SELECT + " where a.username = :u")
                .param("u", username)
                .query((rs, i) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    CurrentAccount account = new CurrentAccount(
                            rs.getLong("id"),
                            rs.getString("username"),
                            rs.getString("display_name"),
                            rs.getLong("unit_id"),
                            rs.getString("unit_code"),
                            rs.getString("unit_name"),
                            rs.getString("unit_path"),
                            roles(rs.getString("roles")));
                    return new LoginRow(
                            account,
                            rs.getString("password_hash"),
                            rs.getBoolean("enabled"),
                            locked == null ? null : locked.toInstant(),
                            rs.getInt("failed_attempts"));
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("Không có tài khoản " + username));
    }

    /** Counts a failed login; the fifth in a row locks the account for {@link #LOCK_DURATION}. */
    @Transactional
    public void loginFailed(String username) {
        credentials.forget(username);
        cache.changed();
        var row = jdbc.sql(
                        """
                        update identity_account set failed_attempts = failed_attempts + 1,
                               locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
                        where username = :u
                        returning id, failed_attempts, home_unit_id""")
                .param("max", MAX_FAILED_ATTEMPTS)
                .param("until", Timestamp.from(Instant.now().plus(LOCK_DURATION)))
                .param("u", username)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getInt(2), rs.getLong(3)})
                .optional();
        row.ifPresent(r -> {
            Unit unit = units.findById(r[2]).orElseThrow();
            boolean locked = r[1] >= MAX_FAILED_ATTEMPTS;
            audit.recordAs(
                    username,
                    new AuditChange(
                            unit.id(),
                            unit.treePath(),
                            "identity_account",
                            Long.toString(r[0]),
                            locked ? AuditAction.LOCKED : AuditAction.LOGIN_FAILED,
                            locked
                                    ? "Tài khoản bị khóa " + LOCK_DURATION.toMinutes() + " phút sau " + r[1]
                                            + " lần đăng nhập sai"
                                    : "Đăng nhập sai lần " + r[1],
                            null,
                            null));
        });
    }

    @Transactional
    public void loginSucceeded(String username) {
        cache.changed();
        jdbc.sql(
                        "update identity_account set failed_attempts = 0, locked_until = null where username = :u and failed_attempts > 0")
                .param("u", username)
                .update();
    }

    @Transactional(readOnly = true)
    public List<AccountView> inSubtree(Unit unit, int limit) {
        return jdbc.sql(SELECT + " where u.path like :p order by u.level, u.code, a.username limit :limit")
                .param("p", unit.treePath() + "%")
                .param("limit", limit)
                .query((rs, i) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    return new AccountView(
                            rs.getLong("id"),
                            rs.getString("username"),
                            rs.getString("display_name"),
                            rs.getString("unit_code"),
                            rs.getString("unit_name"),
                            roles(rs.getString("roles")),
                            rs.getBoolean("enabled"),
                            rs.getInt("failed_attempts"),
                            locked == null ? null : locked.toInstant());
                })
                .list();
    }

    /** Opens an account in the administrator's subtree. */
    @Transactional
    public AccountView create(CurrentAccount admin, NewAccount form) {
        requireAdmin(admin);
        Unit home = units.find(form.unitCode().strip(), java.time.LocalDate.now())
                .filter(u -> !u.isHistoric())
                .orElseThrow(() -> AccountException.unitUnknown(String.valueOf(form.unitCode())));
        if (!home.treePath().startsWith(admin.homeUnitPath())) {
            throw AccountException.unitOutside(home.name());
        }
        String username = form.username().strip().toLowerCase(java.util.Locale.ROOT);
        boolean taken = jdbc.sql("select count(*) from identity_account where username = :u")
                        .param("u", username)
                        .query(Integer.class)
                        .single()
                > 0;
        if (taken) {
            throw AccountException.usernameTaken(username);
        }
        long id = jdbc.sql(
                        """
                        insert into identity_account (username, display_name, password_hash, home_unit_id)
                        values (:u, :n, :h, :unit) returning id""")
                .param("u", username)
                .param("n", form.displayName().strip())
                .param("h", encoder.encode(form.password()))
                .param("unit", home.id())
                .query(Long.class)
                .single();
        writeRoles(id, form.roles());
        AccountView created = byId(id);
        audit.record(new AuditChange(
                home.id(),
                home.treePath(),
                "identity_account",
                Long.toString(id),
                AuditAction.CREATE,
                "Mở tài khoản " + username,
                null,
                snapshot(created)));
        return created;
    }

    @Transactional
    public AccountView unlock(CurrentAccount admin, long accountId) {
        return change(
                admin,
                accountId,
                "Mở khóa tài khoản",
                "update identity_account set failed_attempts = 0, locked_until = null, version = version + 1 where id = :id");
    }

    @Transactional
    public AccountView setEnabled(CurrentAccount admin, long accountId, boolean enabled) {
        return change(
                admin,
                accountId,
                enabled ? "Kích hoạt tài khoản" : "Ngừng kích hoạt tài khoản",
                "update identity_account set enabled = " + enabled + ", version = version + 1 where id = :id");
    }

    /** Creates many accounts sharing one password hash (demo data); existing usernames are skipped. */
    @Transactional
    public int createBulk(List<BulkAccount> accounts, String password) {
        Set<String> existing = jdbc.sql("select username from identity_account")
                .query(String.class)
                .set();
        Map<String, BulkAccount> fresh = new LinkedHashMap<>();
        for (BulkAccount a : accounts) {
            if (!existing.contains(a.username())) {
                fresh.putIfAbsent(a.username(), a);
            }
        }
        if (fresh.isEmpty()) {
            return 0; // every start in demo mode lands here: no need to pay for a bcrypt hash
        }
        cache.changed();
        String hash = encoder.encode(password);
        List<Object[]> rows = new ArrayList<>();
        fresh.values().forEach(a -> rows.add(new Object[] {a.username(), a.displayName(), hash, a.homeUnitId()}));
        template.batchUpdate(
                "insert into identity_account (username, display_name, password_hash, home_unit_id) values (?, ?, ?, ?)",
                rows);
        List<Object[]> roleRows = new ArrayList<>();
        Map<String, Long> ids = jdbc
                .sql("select username, id from identity_account")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        fresh.values()
                .forEach(a -> a.roles().forEach(r -> roleRows.add(new Object[] {ids.get(a.username()), r.name()})));
        template.batchUpdate("insert into identity_account_role (account_id, role) values (?, ?)", roleRows);
        return rows.size();
    }

    /** One account of a bulk creation. */
    public record BulkAccount(String username, String displayName, long homeUnitId, Set<Role> roles) {}

    private AccountView change(CurrentAccount admin, long accountId, String summary, String sql) {
        requireAdmin(admin);
        AccountView before = byId(accountId);
        Unit home = units.get(before.unitCode());
        if (!home.treePath().startsWith(admin.homeUnitPath())) {
            throw new Forbidden(
                    new Messages.Key(AccountException.BUNDLE, "error.identity.account-outside", before.username()));
        }
        jdbc.sql(sql).param("id", accountId).update();
        credentials.forget(before.username());
        cache.changed();
        AccountView after = byId(accountId);
        audit.record(new AuditChange(
                home.id(),
                home.treePath(),
                "identity_account",
                Long.toString(accountId),
                AuditAction.UPDATE,
                summary + " " + before.username(),
                snapshot(before),
                snapshot(after)));
        return after;
    }

    private AccountView byId(long id) {
        return jdbc.sql(SELECT + " where a.id = :id")
                .param("id", id)
                .query((rs, i) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    return new AccountView(
                            rs.getLong("id"),
                            rs.getString("username"),
                            rs.getString("display_name"),
                            rs.getString("unit_code"),
                            rs.getString("unit_name"),
                            roles(rs.getString("roles")),
                            rs.getBoolean("enabled"),
                            rs.getInt("failed_attempts"),
                            locked == null ? null : locked.toInstant());
                })
                .optional()
                .orElseThrow(() -> AccountException.accountUnknown(id));
    }

    private void writeRoles(long id, Set<Role> roles) {
        cache.changed();
        jdbc.sql("delete from identity_account_role where account_id = :id")
                .param("id", id)
                .update();
        for (Role r : roles) {
            jdbc.sql("insert into identity_account_role (account_id, role) values (:id, :r)")
                    .param("id", id)
                    .param("r", r.name())
                    .update();
        }
    }

    private static void requireAdmin(CurrentAccount admin) {
        if (!admin.has(Role.ADMIN)) {
            throw new Forbidden(new Messages.Key(AccountException.BUNDLE, "error.identity.admin-only"));
        }
    }

    private static Map<String, Object> snapshot(AccountView a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", a.username());
        m.put("displayName", a.displayName());
        m.put("unit", a.unitCode());
        m.put("roles", a.roles());
        m.put("enabled", a.enabled());
        m.put("locked", a.locked());
        return m;
    }

    static Set<Role> roles(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(csv.split(",")).map(Role::valueOf).forEach(set::add);
        return Set.copyOf(set);
    }
}
