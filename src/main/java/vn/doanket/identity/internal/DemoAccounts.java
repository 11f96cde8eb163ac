package vn.doanket.identity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.doanket.demo.DemoSeeder;
import vn.doanket.identity.Accounts;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;
import vn.doanket.platform.access.Role;

/**
 * Demo logins, all with password {@value #PASSWORD}: {@code trunguong} (central, administrator),
 * {@code tinh-<code>} for each province (officer, leader and administrator of its subtree) and
 * {@code xa-<code>} for each commune (officer).
 */
@Component
class DemoAccounts implements DemoSeeder {

    static final String PASSWORD = "demo12345";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final OrgUnits units;

    DemoAccounts(Accounts accounts, OrgUnits units) {
        this.accounts = accounts;
        this.units = units;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public int getOrder() {
        return ACCOUNTS;
    }

    @Override
    public void seed() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now();
        Unit root = units.root();
        List<Accounts.BulkAccount> list = new ArrayList<>();
        list.add(new Accounts.BulkAccount(
                "trunguong", "Quản trị Trung ương", root.id(), EnumSet.of(Role.ADMIN, Role.LEADER, Role.OFFICER)));
        for (Unit province : units.children(root, today)) {
            if (province.kind() != UnitKind.PROVINCE) {
                continue;
            }
            list.add(new Accounts.BulkAccount(
                    "tinh-" + province.code(),
                    "Cán bộ " + province.fullName(),
                    province.id(),
                    EnumSet.of(Role.OFFICER, Role.LEADER, Role.ADMIN)));
            for (Unit commune : units.children(province, today)) {
                if (commune.kind() == UnitKind.COMMUNE) {
                    list.add(new Accounts.BulkAccount(
                            "xa-" + commune.code(),
                            "Cán bộ " + commune.fullName(),
                            commune.id(),
                            EnumSet.of(Role.OFFICER)));
                }
            }
        }
        int created = accounts.createBulk(list, PASSWORD);
        if (created > 0) {
            log.info("Created {} demo accounts in {} ms", created, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
