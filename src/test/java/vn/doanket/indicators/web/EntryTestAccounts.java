package vn.doanket.indicators.web;

import java.util.EnumSet;
import java.util.List;
import vn.doanket.TestAccounts;
import vn.doanket.identity.Accounts;
import vn.doanket.organization.OrgUnits;
import vn.doanket.platform.access.Role;

/**
 * The shared test logins plus one officer of Xã Phúc Thịnh (00466), a commune of Hà Nội no other
 * test writes figures for, so these page tests and the facade tests never see each other's values.
 */
final class EntryTestAccounts {

    static final String COMMUNE = "00466";
    static final String OFFICER = "xa-00466";

    private EntryTestAccounts() {}

    static void ensure(TestAccounts shared, Accounts accounts, OrgUnits units) {
        shared.ensure();
        accounts.createBulk(
                List.of(new Accounts.BulkAccount(
                        OFFICER, "Cán bộ Phúc Thịnh", units.get(COMMUNE).id(), EnumSet.of(Role.OFFICER))),
                TestAccounts.PASSWORD);
    }
}
