package vn.doanket.indicators;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making a change: the signed-in user's name, or "system" for jobs and start-up. */
final class Actors {

    static final String SYSTEM = "system";

    private Actors() {}

    static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }
}
