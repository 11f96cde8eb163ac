package vn.doanket;

import java.util.EnumSet;
import java.util.List;
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

    TestAccounts(Accounts accounts, OrgUnits units) {
        this.accounts = accounts;
        this.units = units;
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
