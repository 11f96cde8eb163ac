package vn.doanket.indicators;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.doanket.platform.access.AccountHolder;

/** Who is making a change: the signed-in account's username, or “system” for jobs and start-up. */
final class Actors {

    static final String SYSTEM = "system";
    private static final int MAX = 100;

    private Actors() {}

    static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return SYSTEM;
        }
        String name = auth.getPrincipal() instanceof AccountHolder holder
                ? holder.account().username()
                : auth.getName();
        return name.length() <= MAX ? name : name.substring(0, MAX);
    }
}
