package vn.doanket.identity;

import java.time.Instant;
import java.util.Set;
import vn.doanket.platform.access.Role;

/** An account as an administrator sees it in the list. */
public record AccountView(
        long id,
        String username,
        String displayName,
        String unitCode,
        String unitName,
        Set<Role> roles,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
