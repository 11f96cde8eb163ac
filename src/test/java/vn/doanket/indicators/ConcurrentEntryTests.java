package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doanket.IntegrationTest;

/** Two people saving the same field at the same moment: one wins, the others are told. Hưng Yên communes. */
@IntegrationTest
class ConcurrentEntryTests {

    static final int CLIENTS = 8;

    @Autowired
    DataEntry entry;

    List<String> race(String unit, int expectedVersion) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int i = 0; i < CLIENTS; i++) {
                String value = Integer.toString(100 + i);
                Callable<String> client = () -> {
                    start.await();
                    try {
                        entry.save(DataValueInput.typed(
                                "OUTREACH_SESSIONS", unit, "2025Q4", "MTTQ", value, expectedVersion));
                        return "saved " + value;
                    } catch (StaleValueException e) {
                        return "told";
                    }
                };
                results.add(pool.submit(client));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentFirstSavesOfAnEmptyFieldLetExactlyOneWin() throws Exception {
        List<String> outcomes = race("12127", 0);
        assertThat(outcomes.stream().filter(o -> o.startsWith("saved"))).hasSize(1);
        assertThat(outcomes.stream().filter("told"::equals)).hasSize(CLIENTS - 1);
        String winner =
                outcomes.stream().filter(o -> o.startsWith("saved")).findFirst().orElseThrow();
        assertThat(entry.find("OUTREACH_SESSIONS", "12127", "2025Q4", "MTTQ")
                        .orElseThrow()
                        .display())
                .isEqualTo(winner.substring("saved ".length()));
    }

    @Test
    void concurrentChangesOfTheSameVersionLetExactlyOneWin() throws Exception {
        entry.save(DataValueInput.typed("OUTREACH_SESSIONS", "12619", "2025Q4", "MTTQ", "1", 0));
        List<String> outcomes = race("12619", 1);
        assertThat(outcomes.stream().filter(o -> o.startsWith("saved"))).hasSize(1);
        DataValue now =
                entry.find("OUTREACH_SESSIONS", "12619", "2025Q4", "MTTQ").orElseThrow();
        assertThat(now.version()).isEqualTo(2);
    }
}
