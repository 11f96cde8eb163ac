package vn.doanket.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;

/**
 * The accounts kept between requests: kept only while changes are heard, forgotten when any account,
 * role or unit changes anywhere, and never keeping a read that raced a change.
 */
@IntegrationTest
class AccountCacheTests {

    private static final String PASSWORD = "mat-khau-giu-1";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestAccounts accounts;

    private final List<AccountCache> started = new ArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void stopTheCachesStarted() {
        started.forEach(AccountCache::stop);
    }

    @Test
    void anAccountIsReadOnceWhileNothingChanges() throws Exception {
        AccountCache cache = listening();
        assertThat(cache.get("a", () -> "A" + reads.incrementAndGet())).isEqualTo("A1");
        assertThat(cache.get("a", () -> "A" + reads.incrementAndGet())).isEqualTo("A1");
        assertThat(cache.get("b", () -> "B" + reads.incrementAndGet())).isEqualTo("B2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeCommittedByAnyoneEmptiesTheCache() throws Exception {
        AccountCache cache = listening();
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
        long id = accounts.atTheDatabase("cache-roles", PASSWORD);
        awaitEmpty(cache);
        cache.get("a", reads::incrementAndGet);
        jdbc.sql("delete from identity_account_role where account_id = :id")
                .param("id", id)
                .update();
        awaitEmpty(cache);
    }

    @Test
    void aReadThatRacedAChangeIsNotKept() throws Exception {
        AccountCache cache = listening();
        // the change commits (and is announced) while the old state is being read
        Object first = cache.get("a", () -> {
            cache.changed();
            return "old " + reads.incrementAndGet();
        });
        assertThat(first).isEqualTo("old 1");
        assertThat(cache.get("a", () -> "new " + reads.incrementAndGet())).isEqualTo("new 2");
        assertThat(cache.get("a", () -> "new " + reads.incrementAndGet())).isEqualTo("new 2");
    }

    @Test
    void withoutListeningEveryRequestReadsAfresh() {
        AccountCache cache = new AccountCache(dataSource); // never started: it hears nothing
        cache.get("a", reads::incrementAndGet);
        cache.get("a", reads::incrementAndGet);
        assertThat(reads).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aStoppedCacheForgetsAndReadsAfresh() throws Exception {
        AccountCache cache = listening();
        cache.get("a", reads::incrementAndGet);
        cache.stop();
        cache.get("a", reads::incrementAndGet);
        cache.get("a", reads::incrementAndGet);
        assertThat(reads).hasValue(3);
        assertThat(cache.size()).isZero();
    }

    private AccountCache listening() throws InterruptedException {
        AccountCache cache = new AccountCache(dataSource);
        started.add(cache);
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
}
