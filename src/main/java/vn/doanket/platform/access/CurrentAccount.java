package vn.doanket.platform.access;

import java.io.Serializable;
import java.util.Set;

/** The signed-in account as other modules see it: who, which home unit (and its subtree path), which roles. */
public record CurrentAccount(
        long id,
        String username,
        String displayName,
        long homeUnitId,
        String homeUnitCode,
        String homeUnitName,
        String homeUnitPath,
        Set<Role> roles)
        implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean canEnterData() {
        return roles.stream().anyMatch(Role::canEnterData);
    }

    public boolean canApprove() {
        return roles.stream().anyMatch(Role::canApprove);
    }
}
