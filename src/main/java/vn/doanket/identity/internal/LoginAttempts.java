package vn.doanket.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.doanket.identity.AccountPrincipal;
import vn.doanket.identity.Accounts;

/** Feeds login outcomes (form and HTTP Basic alike) into the lockout counter. */
@Component
class LoginAttempts {

    private final Accounts accounts;

    LoginAttempts(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.loginFailed(String.valueOf(event.getAuthentication().getName()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        // nothing to reset for an account read with no failed attempts: saves a write per API request
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal p && p.failedAttempts() == 0) {
            return;
        }
        accounts.loginSucceeded(event.getAuthentication().getName());
    }
}
