package vn.doanket.identity.internal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password login (form and HTTP Basic) against the accounts table. The account (as
 * last read: {@link AccountCache} keeps it until any account changes) has its enabled and locked state
 * checked first on every request, as Spring Security does; only the
 * password comparison may be answered by the {@link CredentialCache}, and only for a password that
 * already passed the full (bcrypt) check against the same stored hash. A failed check is never
 * cached and clears the entry, so the lockout counter sees every wrong password.
 */
class CachingAuthenticationProvider extends DaoAuthenticationProvider {

    private final CredentialCache cache;
    private final java.util.concurrent.ConcurrentHashMap<String, Object> checking =
            new java.util.concurrent.ConcurrentHashMap<>();

    CachingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, CredentialCache cache) {
        super(users);
        setPasswordEncoder(encoder);
        this.cache = cache;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
            throws AuthenticationException {
        String username = user.getUsername();
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? null : credentials.toString();
        if (cache.matches(username, password, user.getPassword())) {
            return;
        }
        // one full check per account at a time: 32 clients starting together with the same account
        // wait for the first check instead of running 32 bcrypt checks side by side
        synchronized (checking.computeIfAbsent(username, k -> new Object())) {
            if (cache.matches(username, password, user.getPassword())) {
                return;
            }
            try {
                super.additionalAuthenticationChecks(user, authentication);
            } catch (AuthenticationException e) {
                cache.forget(username);
                throw e;
            }
            cache.remember(username, password, user.getPassword());
        }
    }
}
