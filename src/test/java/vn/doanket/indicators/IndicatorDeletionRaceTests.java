package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doanket.IntegrationTest;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;

/**
 * An indicator deleted while someone saves its first value: values name their indicator without a
 * foreign key (V70), so the deletion and the save must still never leave a value of an indicator that no
 * longer exists. Thừa Thiên Huế (46); codes TCAT_RACE_*.
 */
@IntegrationTest
class IndicatorDeletionRaceTests {

    @Autowired
    CatalogueEditor editor;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    DataEntry entry;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aDeletionWaitsForASaveBeingWrittenAndThenRefuses() throws Exception {
        Indicator created = editor.create(CatalogueEditorTests.count("TCAT_RACE_SAVED", "Số cuộc vận động thử"));
        Unit c = commune(6);

        Throwable refused = secondWaitsForFirst(
                () -> save("TCAT_RACE_SAVED", c, "2025Q2", "4"),
                () -> editor.delete("TCAT_RACE_SAVED"),
                "the deletion waits for the save's transaction");

        assertThat(refused).isInstanceOfSatisfying(CatalogueRejectedException.class, e -> assertThat(e.code())
                .isEqualTo("ind.indicator-has-values"));
        assertThat(catalogue.find("TCAT_RACE_SAVED")).isPresent();
        assertThat(valuesOf(created.id())).isEqualTo(1);
    }

    @Test
    void aSaveArrivingDuringTheDeletionStoresNothingAndIsToldTheIndicatorIsGone() throws Exception {
        Indicator created = editor.create(CatalogueEditorTests.count("TCAT_RACE_DELETED", "Số buổi tuyên truyền thử"));
        Unit c = commune(7);

        // the catalogue still knows the indicator (it forgets it when the deletion commits), so the save is
        // checked and reaches its insert, which waits for the deletion
        Throwable refused = secondWaitsForFirst(
                () -> editor.delete("TCAT_RACE_DELETED"),
                () -> save("TCAT_RACE_DELETED", c, "2025Q2", "4"),
                "the save waits for the deletion's transaction");

        assertThat(refused).isInstanceOfSatisfying(IndicatorNotFoundException.class, e -> {
            assertThat(e.code()).isEqualTo("ind.indicator-not-found");
            assertThat(e.getMessage()).contains("TCAT_RACE_DELETED");
        });
        assertThat(catalogue.find("TCAT_RACE_DELETED")).isEmpty();
        assertThat(valuesOf(created.id())).isZero();
    }

    /**
     * Runs {@code first} in a transaction held open, then {@code second} on another thread; checks that
     * {@code second} is still waiting 300 ms later, commits {@code first}, and returns what {@code second}
     * threw (null if it succeeded).
     */
    private Throwable secondWaitsForFirst(Runnable first, Runnable second, String waiting) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            first.run();
            done.countDown();
            await(release);
        }));
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        Future<?> waiter = pool.submit(second);
        Thread.sleep(300);
        assertThat(waiter.isDone()).as(waiting).isFalse();
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        try {
            waiter.get(10, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private Unit commune(int n) {
        return units.children(units.get(CatalogueEditorTests.PROVINCE), java.time.LocalDate.now()).stream()
                .filter(u -> u.kind() == UnitKind.COMMUNE)
                .toList()
                .get(n);
    }

    private void save(String indicator, Unit unit, String period, String value) {
        entry.save(new DataValueInput(indicator, unit.code(), period, null, value, null, null, NumberNotation.PLAIN));
    }

    private long valuesOf(long indicatorId) {
        return jdbc.sql("select count(*) from ind_data_value where indicator_id = :id")
                .param("id", indicatorId)
                .query(Long.class)
                .single();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
