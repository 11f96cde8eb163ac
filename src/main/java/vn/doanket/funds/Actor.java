package vn.doanket.funds;

import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.SignedIn;

/** Who is acting: the signed-in account, or "system" for start-up work. */
final class Actor {

    private Actor() {}

    static String name() {
        return SignedIn.account().map(CurrentAccount::username).orElse("system");
    }
}
