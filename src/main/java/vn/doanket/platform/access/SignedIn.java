package vn.doanket.platform.access;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The account of the current request, without depending on the identity module. */
public final class SignedIn {

    private SignedIn() {}

    public static Optional<CurrentAccount> account() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountHolder holder) {
            return Optional.of(holder.account());
        }
        return Optional.empty();
    }

    public static CurrentAccount require() {
        return account().orElseThrow(() -> Forbidden.because("sign-in"));
    }
}
