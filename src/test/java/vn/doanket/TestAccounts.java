package vn.doanket;

import java.util.EnumSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.doanket.identity.Accounts;
import vn.doanket.organization.OrgUnits;
import vn.doanket.platform.access.Role;

/** The demo logins the access tests use, created once in the shared test database. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "demo12345";

    private final Accounts accounts;
    private final OrgUnits units;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    TestAccounts(Accounts accounts, OrgUnits units, JdbcClient jdbc, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.units = units;
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /**
     * A national LEADER account with this password, made (or reset: enabled, no failed attempts) by
     * statements at the database, as another instance or an administrator would, not through Accounts.
     */
    public long atTheDatabase(String username, String password) {
        long id = jdbc.sql(
                        """
                        insert into identity_account (username, display_name, password_hash, home_unit_id)
                        values (:u, :u, :h, (select id from org_unit where code = 'VN'))
                        on conflict (username) do update set password_hash = excluded.password_hash,
                            enabled = true, failed_attempts = 0, locked_until = null
                        returning id""")
                .param("u", username)
                .param("h", encoder.encode(password))
                .query(Long.class)
                .single();
        jdbc.sql("insert into identity_account_role (account_id, role) values (:id, 'LEADER') on conflict do nothing")
                .param("id", id)
                .update();
        return id;
    }

    public void ensure() {
        accounts.createBulk(
                List.of(
                        new Accounts.BulkAccount(
                                "trunguong",
                                "Quản trị Trung ương",
                                units.root().id(),
                                EnumSet.of(Role.ADMIN, Role.LEADER, Role.OFFICER)),
                        new Accounts.BulkAccount(
                                "tinh-01",
                                "Cán bộ Hà Nội",
                                units.get("01").id(),
                                EnumSet.of(Role.OFFICER, Role.LEADER, Role.ADMIN)),
                        new Accounts.BulkAccount(
                                "xa-00004", "Cán bộ Ba Đình", units.get("00004").id(), EnumSet.of(Role.OFFICER)),
                        new Accounts.BulkAccount(
                                "xa-00008", "Cán bộ Ngọc Hà", units.get("00008").id(), EnumSet.of(Role.OFFICER)),
                        new Accounts.BulkAccount(
                                "khoa-thu",
                                "Tài khoản thử khóa",
                                units.get("00008").id(),
                                EnumSet.of(Role.VIEWER))),
                PASSWORD);
    }
}
