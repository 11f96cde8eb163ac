package vn.doanket.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import vn.doanket.IntegrationTest;

/**
 * The accounts kept between requests: kept only while changes are heard, forgotten when any account,
 * role or unit changes anywhere, and never keeping a read that raced a change.
 */
@IntegrationTest
class AccountCacheTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    DataSource dataSource;

    @Autowired
    AccountCache shared;

    @Test
    void anAccountIsReadOnceWhileNothingChanges() throws Exception {
        AccountCache cache = listening();
        try {
            AtomicInteger reads = new AtomicInteger();
            assertThat(cache.get("a", () -> "A" + reads.incrementAndGet())).isEqualTo("A1");
            assertThat(cache.get("a", () -> "A" + reads.incrementAndGet())).isEqualTo("A1");
            assertThat(cache.get("b", () -> "B" + reads.incrementAndGet())).isEqualTo("B2");
            assertThat(reads).hasValue(2);
        } finally {
            cache.stop();
        }
    }

    @Test
    void aChangeCommittedByAnyoneEmptiesTheCache() throws Exception {
        AccountCache cache = listening();
        try {
            AtomicInteger reads = new AtomicInteger();
            cache.get("a", reads::incrementAndGet);
            // as another instance or an administrator at the database would: no call to changed() here
            jdbc.sql("update identity_account set display_name = display_name where username = 'khong-co-ai'")
                    .update();
            Thread.sleep(300);
            assertThat(cache.size()).as("an update of no row announces nothing").isEqualTo(1);
            jdbc.sql("update org_unit set name = name where code = 'VN'").update();
            awaitEmpty(cache);
            cache.get("a", reads::incrementAndGet);
            assertThat(reads).hasValue(2);
            long id = account("cache-roles");
            awaitEmpty(cache);
            cache.get("a", reads::incrementAndGet);
            jdbc.sql("delete from identity_account_role where account_id = :id")
                    .param("id", id)
                    .update();
            awaitEmpty(cache);
        } finally {
            cache.stop();
        }
    }

    @Test
    void aReadThatRacedAChangeIsNotKept() throws Exception {
        AccountCache cache = listening();
        try {
            AtomicInteger reads = new AtomicInteger();
            // the change commits (and is announced) while the old state is being read
            Object first = cache.get("a", () -> {
                cache.changed();
                return "old " + reads.incrementAndGet();
            });
            assertThat(first).isEqualTo("old 1");
            assertThat(cache.get("a", () -> "new " + reads.incrementAndGet())).isEqualTo("new 2");
            assertThat(cache.get("a", () -> "new " + reads.incrementAndGet())).isEqualTo("new 2");
        } finally {
            cache.stop();
        }
    }

    @Test
    void withoutListeningEveryRequestReadsAfresh() {
        AccountCache cache = new AccountCache(dataSource); // never started: it hears nothing
        AtomicInteger reads = new AtomicInteger();
        cache.get("a", reads::incrementAndGet);
        cache.get("a", reads::incrementAndGet);
        assertThat(reads).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aStoppedCacheForgetsAndReadsAfresh() throws Exception {
        AccountCache cache = listening();
        AtomicInteger reads = new AtomicInteger();
        cache.get("a", reads::incrementAndGet);
        cache.stop();
        cache.get("a", reads::incrementAndGet);
        cache.get("a", reads::incrementAndGet);
        assertThat(reads).hasValue(3);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aLoginKeepsTheAccountAndAChangeAtTheDatabaseLocksItOutSoon() throws Exception {
        awaitListening(shared);
        account("cache-keep");
        awaitStatus("cache-keep", 200);
        awaitStatus("cache-keep", 200);
        // kept: the next request needs no read
        Object kept = shared.get("cache-keep", () -> {
            throw new AssertionError("the account was read again");
        });
        assertThat(kept).isNotNull();
        jdbc.sql("update identity_account set enabled = false where username = 'cache-keep'")
                .update();
        awaitStatus("cache-keep", 401);
    }

    /** An account with the password of these tests, made or reset at the database. */
    private long account(String username) {
        long id = jdbc.sql(
                        """
                        insert into identity_account (username, display_name, password_hash, home_unit_id)
                        values (:u, :u, :h, (select id from org_unit where code = 'VN'))
                        on conflict (username) do update set password_hash = excluded.password_hash,
                            enabled = true, failed_attempts = 0, locked_until = null
                        returning id""")
                .param("u", username)
                .param("h", encoder.encode("mat-khau-giu-1"))
                .query(Long.class)
                .single();
        jdbc.sql("insert into identity_account_role (account_id, role) values (:id, 'LEADER') on conflict do nothing")
                .param("id", id)
                .update();
        return id;
    }

    private AccountCache listening() throws InterruptedException {
        AccountCache cache = new AccountCache(dataSource);
        cache.start();
        awaitListening(cache);
        return cache;
    }

    private static void awaitListening(AccountCache cache) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!cache.listening()) {
            assertThat(System.nanoTime()).as("listening within 10 s").isLessThan(until);
            Thread.sleep(10);
        }
    }

    private static void awaitEmpty(AccountCache cache) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (cache.size() > 0) {
            assertThat(System.nanoTime()).as("the change heard within 5 s").isLessThan(until);
            Thread.sleep(5);
        }
    }

    /** Calls until the answer is the expected one: a change made at the database arrives within moments. */
    private void awaitStatus(String username, int expected) throws Exception {
        long until = System.nanoTime() + 5_000_000_000L;
        while (true) {
            int got = mvc.perform(get("/api/v1/indicators").with(httpBasic(username, "mat-khau-giu-1")))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (got == expected) {
                return;
            }
            assertThat(System.nanoTime())
                    .as("status " + expected + " within 5 s, still " + got)
                    .isLessThan(until);
            Thread.sleep(20);
        }
    }
}
