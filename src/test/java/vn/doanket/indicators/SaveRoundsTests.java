package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The queue that writes whole-form saves arriving together in one round, with a runner standing in for the database. */
class SaveRoundsTests {

    static SaveRounds.Job job(String unit, String period, int values) {
        List<DataEntry.Numbered> rows = new ArrayList<>();
        for (int i = 0; i < values; i++) {
            rows.add(new DataEntry.Numbered(
                    i + 1, DataValueInput.typed("VOTER_MEETINGS", unit, period, null, Integer.toString(i), 0)));
        }
        return new SaveRounds.Job(rows, UnitScope.EVERYWHERE, "tester");
    }

    /** Keeps a round running until the test releases it. */
    static void hold(CountDownLatch release) {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ImportSummary summary(SaveRounds.Job j) {
        return new ImportSummary(j.rows.size(), 0, 0, 0, List.of());
    }

    /** Each save of the round answered with its own summary. */
    static Map<SaveRounds.Job, Object> answered(List<SaveRounds.Job> round) {
        Map<SaveRounds.Job, Object> answers = new HashMap<>();
        round.forEach(j -> answers.put(j, summary(j)));
        return answers;
    }

    @Test
    void savesWaitingWhileTheRoundsRunAreWrittenTogetherAndEachGetsItsOwnAnswer() throws Exception {
        CountDownLatch firstRoundsStarted = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<List<SaveRounds.Job>> rounds = java.util.Collections.synchronizedList(new ArrayList<>());
        Set<String> inRounds = ConcurrentHashMap.newKeySet();
        List<String> overlaps = java.util.Collections.synchronizedList(new ArrayList<>());
        SaveRounds queue = new SaveRounds(2, 16, 2_000, java.time.Duration.ZERO, round -> {
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            for (SaveRounds.Job j : round) {
                for (String k : j.keys) {
                    if (!inRounds.add(k)) {
                        overlaps.add(k);
                    }
                }
            }
            rounds.add(round);
            firstRoundsStarted.countDown();
            hold(release);
            Map<SaveRounds.Job, Object> answers = new HashMap<>();
            for (SaveRounds.Job j : round) {
                j.keys.forEach(inRounds::remove);
                answers.put(
                        j,
                        j.rows.get(0).input().unit().equals("bad")
                                ? new IllegalArgumentException("refused")
                                : summary(j));
            }
            running.decrementAndGet();
            return answers;
        });
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<ImportSummary>> first = new ArrayList<>();
            // two saves start a round each (two rounds may run at once) and hold them
            first.add(pool.submit(() -> queue.submit(job("c0", "2026Q1", 3))));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (rounds.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            first.add(pool.submit(() -> queue.submit(job("c1", "2026Q1", 3))));
            assertThat(firstRoundsStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // ten more arrive meanwhile: one for a form already in a round, one refused by the runner
            List<Future<ImportSummary>> later = new ArrayList<>();
            for (int i = 2; i < 10; i++) {
                String unit = "c" + i;
                later.add(pool.submit(() -> queue.submit(job(unit, "2026Q1", 2))));
            }
            Future<ImportSummary> sameForm = pool.submit(() -> queue.submit(job("c0", "2026Q1", 1)));
            Future<ImportSummary> refused = pool.submit(() -> queue.submit(job("bad", "2026Q1", 1)));
            Thread.sleep(200); // let them queue
            release.countDown();
            for (Future<ImportSummary> f : first) {
                assertThat(f.get(10, TimeUnit.SECONDS).created()).isEqualTo(3);
            }
            for (Future<ImportSummary> f : later) {
                assertThat(f.get(10, TimeUnit.SECONDS).created()).isEqualTo(2);
            }
            assertThat(sameForm.get(10, TimeUnit.SECONDS).created()).isEqualTo(1);
            assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(IllegalArgumentException.class);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mostAtOnce.get()).isLessThanOrEqualTo(2);
        assertThat(overlaps).as("a unit and period in two rounds at once").isEmpty();
        // the saves that waited went in far fewer rounds than saves
        assertThat(rounds).hasSizeLessThan(8);
        assertThat(rounds.stream().mapToInt(List::size).max().orElse(0)).isGreaterThan(1);
        assertThat(rounds.stream().mapToInt(List::size).sum()).isEqualTo(12);
        for (List<SaveRounds.Job> round : rounds) {
            Set<String> keys = new HashSet<>();
            for (SaveRounds.Job j : round) {
                for (String k : j.keys) {
                    assertThat(keys.add(k))
                            .as("two saves of %s in one round", k)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void aSaveArrivingWhileAWriterIsFreeWaitsForOthersToShareItsRound() throws Exception {
        List<List<SaveRounds.Job>> rounds = java.util.Collections.synchronizedList(new ArrayList<>());
        SaveRounds queue = new SaveRounds(1, 8, 2_000, java.time.Duration.ofMillis(400), round -> {
            rounds.add(round);
            return answered(round);
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ImportSummary> first = pool.submit(() -> queue.submit(job("c0", "2026Q1", 3)));
            Thread.sleep(50); // the writer is free, and could have started a round of one
            Future<ImportSummary> second = pool.submit(() -> queue.submit(job("c1", "2026Q1", 2)));
            assertThat(first.get(10, TimeUnit.SECONDS).created()).isEqualTo(3);
            assertThat(second.get(10, TimeUnit.SECONDS).created()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
            queue.close();
        }
        assertThat(rounds).hasSize(1);
        assertThat(rounds.get(0)).hasSize(2);
    }

    @Test
    void aLoneSaveIsWrittenOnceItHasWaitedTheGatheringTime() {
        SaveRounds queue = new SaveRounds(2, 8, 2_000, java.time.Duration.ofMillis(200), SaveRoundsTests::answered);
        try {
            long start = System.nanoTime();
            assertThat(queue.submit(job("c0", "2026Q1", 4)).created()).isEqualTo(4);
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(waited).isBetween(150L, 5_000L);
        } finally {
            queue.close();
        }
    }

    @Test
    void savesThatFillARoundStartItWithoutWaiting() throws Exception {
        // a gathering time far longer than the test may take: only a full round can start
        SaveRounds queue = new SaveRounds(1, 3, 2_000, java.time.Duration.ofSeconds(60), SaveRoundsTests::answered);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<ImportSummary>> saves = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String unit = "c" + i;
                saves.add(pool.submit(() -> queue.submit(job(unit, "2026Q1", 1))));
            }
            for (Future<ImportSummary> f : saves) {
                assertThat(f.get(10, TimeUnit.SECONDS).created()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
            queue.close();
        }
    }

    @Test
    void aSingleValueSaveWaitsForASlotAndGoesBeforeTheFormsQueuedAfterIt() throws Exception {
        CountDownLatch firstRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        SaveRounds queue = new SaveRounds(1, 16, 2_000, java.time.Duration.ZERO, round -> {
            round.forEach(j -> order.add("round " + j.rows.get(0).input().unit()));
            firstRound.countDown();
            hold(release);
            return answered(round);
        });
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<ImportSummary> a = pool.submit(() -> queue.submit(job("a", "2026Q1", 1)));
            assertThat(firstRound.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> single = pool.submit(() -> queue.alone(() -> {
                order.add("single");
                return "saved";
            }));
            Thread.sleep(100);
            Future<ImportSummary> b = pool.submit(() -> queue.submit(job("b", "2026Q1", 1)));
            Thread.sleep(100);
            assertThat(order).containsExactly("round a"); // the one slot is the first round's
            release.countDown();
            assertThat(single.get(10, TimeUnit.SECONDS)).isEqualTo("saved");
            assertThat(a.get(10, TimeUnit.SECONDS).created()).isEqualTo(1);
            assertThat(b.get(10, TimeUnit.SECONDS).created()).isEqualTo(1);
            assertThat(order).containsExactly("round a", "single", "round b");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRoundCapsItsValuesButALargeSaveStillGoesAlone() {
        List<Integer> sizes = new ArrayList<>();
        SaveRounds queue = new SaveRounds(1, 16, 10, java.time.Duration.ZERO, round -> {
            sizes.add(round.stream().mapToInt(j -> j.rows.size()).sum());
            return answered(round);
        });
        assertThat(queue.submit(job("big", "2026Q1", 25)).created()).isEqualTo(25);
        assertThat(sizes).containsExactly(25);
    }

    @Test
    void aRunnerThatFailsAnswersEverySaveOfItsRoundWithTheFailure() {
        SaveRounds queue = new SaveRounds(1, 16, 2_000, java.time.Duration.ZERO, round -> {
            throw new IllegalStateException("database gone");
        });
        assertThatThrownBy(() -> queue.submit(job("c0", "2026Q1", 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database gone");
        // and the queue still takes the next save
        assertThatThrownBy(() -> queue.submit(job("c1", "2026Q1", 1))).hasMessage("database gone");
    }

    @Test
    void savesMadeAfterTheQueueClosedAreWrittenByTheirOwnThread() {
        List<String> threads = java.util.Collections.synchronizedList(new ArrayList<>());
        SaveRounds queue = new SaveRounds(2, 16, 2_000, java.time.Duration.ZERO, round -> {
            threads.add(Thread.currentThread().getName());
            return answered(round);
        });
        assertThat(queue.submit(job("c0", "2026Q1", 2)).created()).isEqualTo(2);
        queue.close();
        assertThat(queue.submit(job("c1", "2026Q1", 3)).created()).isEqualTo(3);
        assertThat(threads).hasSize(2);
        assertThat(threads.get(0)).startsWith("save-rounds-");
        assertThat(threads.get(1)).isEqualTo(Thread.currentThread().getName());
    }
}
