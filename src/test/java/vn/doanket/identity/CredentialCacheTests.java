package vn.doanket.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;
import vn.doanket.identity.internal.AccountCache;

/**
 * HTTP Basic remembers recent successful password checks; these make sure the shortcut never lets a
 * wrong, changed or locked-out password through.
 */
@IntegrationTest
class CredentialCacheTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccountCache kept;

    @Autowired
    Accounts administration;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void aWrongPasswordFailsAfterTheRightOneWasRemembered() throws Exception {
        account("cache-wrong", "mat-khau-dung-1");
        call("cache-wrong", "mat-khau-dung-1", status().isOk());
        call("cache-wrong", "mat-khau-dung-1", status().isOk());
        call("cache-wrong", "mat-khau-sai", status().isUnauthorized());
        call("cache-wrong", "mat-khau-dung-1x", status().isUnauthorized());
        call("cache-wrong", "", status().isUnauthorized());
        call("cache-wrong", "mat-khau-dung-1", status().isOk());
        // every wrong password counted, none hidden by the cache; the success reset the counter
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                                "select count(*) from audit_entry where actor = 'cache-wrong' and action = 'LOGIN_FAILED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("select failed_attempts from identity_account where username = 'cache-wrong'")
                                .query(Integer.class)
                                .single())
                .isZero();
    }

    @Test
    void aNewPasswordMakesTheRememberedOneUseless() throws Exception {
        account("cache-change", "mat-khau-cu-1");
        call("cache-change", "mat-khau-cu-1", status().isOk());
        call("cache-change", "mat-khau-cu-1", status().isOk());
        jdbc.sql("update identity_account set password_hash = :h where username = 'cache-change'")
                .param("h", encoder.encode("mat-khau-moi-1"))
                .update();
        await("cache-change", "mat-khau-cu-1", 401);
        call("cache-change", "mat-khau-moi-1", status().isOk());
        call("cache-change", "mat-khau-moi-1", status().isOk());
    }

    @Test
    void aDisabledOrLockedAccountIsRefusedDespiteARememberedPassword() throws Exception {
        account("cache-state", "mat-khau-dung-2");
        call("cache-state", "mat-khau-dung-2", status().isOk());
        jdbc.sql("update identity_account set enabled = false where username = 'cache-state'")
                .update();
        await("cache-state", "mat-khau-dung-2", 401);
        jdbc.sql("update identity_account set enabled = true, locked_until = now() + interval '10 minutes'"
                        + " where username = 'cache-state'")
                .update();
        await("cache-state", "mat-khau-dung-2", 401);
        jdbc.sql("update identity_account set locked_until = null, failed_attempts = 0 where username = 'cache-state'")
                .update();
        await("cache-state", "mat-khau-dung-2", 200);
    }

    @Test
    void aLoginKeepsTheAccountAndAChangeAtTheDatabaseLocksItOutSoon() throws Exception {
        awaitListening();
        account("cache-keep", "mat-khau-giu-1");
        await("cache-keep", "mat-khau-giu-1", 200);
        call("cache-keep", "mat-khau-giu-1", status().isOk());
        // kept: the next request needs no read
        Object account = kept.get("cache-keep", () -> {
            throw new AssertionError("the account was read again");
        });
        org.assertj.core.api.Assertions.assertThat(account).isNotNull();
        jdbc.sql("update identity_account set enabled = false where username = 'cache-keep'")
                .update();
        await("cache-keep", "mat-khau-giu-1", 401);
    }

    @Test
    void anAccountDisabledThroughTheApplicationIsRefusedFromTheNextRequest() throws Exception {
        accounts.ensure();
        long id = accounts.atTheDatabase("cache-admin", "mat-khau-giu-2");
        awaitListening();
        await("cache-admin", "mat-khau-giu-2", 200);
        call("cache-admin", "mat-khau-giu-2", status().isOk());
        vn.doanket.platform.access.CurrentAccount admin =
                ((AccountPrincipal) administration.loadUserByUsername("trunguong")).account();
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            administration.setEnabled(admin, id, false);
            // forgotten already, before any notification can be sent (that waits for the commit)
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> kept.get("cache-admin", () -> {
                        throw new IllegalStateException("read again");
                    }))
                    .hasMessage("read again");
        });
        // no waiting: forgotten again at the commit, so no request keeps the state read before it
        call("cache-admin", "mat-khau-giu-2", status().isUnauthorized());
        administration.setEnabled(admin, id, true);
        call("cache-admin", "mat-khau-giu-2", status().isOk());
    }

    @Test
    void aRememberedPasswordCountsOnlyForItsOwnAccount() throws Exception {
        account("cache-one", "mat-khau-chung-1");
        account("cache-two", "mat-khau-rieng-2");
        call("cache-one", "mat-khau-chung-1", status().isOk());
        call("cache-two", "mat-khau-chung-1", status().isUnauthorized());
        call("cache-two", "mat-khau-rieng-2", status().isOk());
    }

    private void call(String username, String password, ResultMatcher expected) throws Exception {
        mvc.perform(get("/api/v1/indicators").with(httpBasic(username, password)))
                .andExpect(expected);
    }

    private void awaitListening() throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!kept.listening()) {
            org.assertj.core.api.Assertions.assertThat(System.nanoTime())
                    .as("listening within 10 s")
                    .isLessThan(until);
            Thread.sleep(10);
        }
    }

    /**
     * Calls until the answer is the expected one. These changes are made at the database, as another
     * instance or an administrator would: they reach the accounts kept for login by notification, within
     * moments of their commit (changes made through Accounts are forgotten at their commit).
     */
    private void await(String username, String password, int expected) throws Exception {
        long until = System.nanoTime() + 5_000_000_000L;
        while (true) {
            int got = mvc.perform(get("/api/v1/indicators").with(httpBasic(username, password)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (got == expected) {
                return;
            }
            org.assertj.core.api.Assertions.assertThat(System.nanoTime())
                    .as("status " + expected + " within 5 s, still " + got)
                    .isLessThan(until);
            Thread.sleep(20);
        }
    }

    private void account(String username, String password) {
        accounts.atTheDatabase(username, password);
    }
}
