package vn.doanket.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.doanket.platform.access.AccountHolder;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Role;

/** Spring Security's view of an account; stored in the (JDBC) session, hence serializable. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, AccountHolder {

    private static final long serialVersionUID = 1L;

    private final CurrentAccount account;
    private String passwordHash;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final int failedAttempts;

    AccountPrincipal(
            CurrentAccount account, String passwordHash, boolean enabled, Instant lockedUntil, int failedAttempts) {
        this.failedAttempts = failedAttempts;
        this.account = account;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
    }

    @Override
    public CurrentAccount account() {
        return account;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.roles().stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Wrong passwords in a row when the account was read (a success only has to reset a non-zero count). */
    public int failedAttempts() {
        return failedAttempts;
    }

    List<Role> roles() {
        return List.copyOf(account.roles());
    }
}
