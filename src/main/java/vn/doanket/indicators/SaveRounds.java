package vn.doanket.indicators;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets whole-form saves that arrive together be written together. A save joins a queue and waits for
 * its answer; {@code writers} threads of the queue's own each take the saves waiting (first come first
 * served, at most {@code maxJobs} saves and {@code maxValues} values) and hand them to the runner as one
 * round, which writes them in one transaction. Two saves of the same unit and period never share a
 * round, nor run in two rounds at once.
 *
 * <p>On a deadline day thousands of forms arrive within minutes, and on a small server each one used
 * to pay for its own transaction and round trips to the database (about 40% of a form's cost, by the
 * reporting bench). Each save is still checked alone and answered alone: the runner decides what a
 * round's failure means for each of its saves.
 *
 * <p>The rounds run on threads of their own rather than on the thread of one of the waiting saves: a
 * writer that has answered a round takes the next one at once, where handing the round over to a
 * waiting request's thread meant waiting for the operating system to wake that thread first, up to
 * 14 ms on a busy two-core server, while one of the two rounds stood still.
 *
 * <p>A writer free to start a round that would hold fewer than {@code maxJobs} saves first lets the
 * oldest of them wait up to {@code gatherNanos} for others (as PostgreSQL's {@code commit_delay} does for
 * commits). A round's transaction and its statements cost about the same for one save as for eight: at
 * 300 saves a second, with a writer nearly always free, rounds held 1.15-1.25 saves and a save cost
 * 4.1-5.2 ms of CPU, against 2.7-3.7 ms in the full rounds of a heavier load (reporting bench); gathering
 * for 4 ms, they held 2.0 saves, for about 4 ms more on the median save. Under a heavy load the saves
 * waiting have waited longer than that already, or fill a round, and no writer waits.
 */
final class SaveRounds implements AutoCloseable {

    /** One caller's save: its rows, scope and actor, and the unit-period keys it writes. */
    static final class Job {
        final List<DataEntry.Numbered> rows;
        final UnitScope scope;
        final String actor;
        final Set<String> keys;
        private long arrived;
        private Condition wake;
        private boolean done;
        private Object result;

        Job(List<DataEntry.Numbered> rows, UnitScope scope, String actor) {
            this.rows = rows;
            this.scope = scope;
            this.actor = actor;
            this.keys = new HashSet<>();
            for (DataEntry.Numbered r : rows) {
                DataValueInput in = r.input();
                keys.add(strip(in.unit()) + "|" + strip(in.period()));
            }
        }

        private static String strip(String s) {
            return s == null ? "" : s.strip();
        }
    }

    /** Writes a round; answers each of its saves with an {@link ImportSummary} or the exception to throw. */
    interface Runner {
        Map<Job, Object> run(List<Job> round);
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition slotFree = lock.newCondition();
    private final Condition work = lock.newCondition();
    private final ArrayDeque<Job> queue = new ArrayDeque<>();
    private final Set<String> inFlight = new HashSet<>();
    private final int slots;
    private final int maxJobs;
    private final int maxValues;
    private final long gatherNanos;
    private final Runner runner;
    private int busy;
    private int aloneWaiting;
    private boolean closed;

    /**
     * @param slots rounds and single saves at once (one writer thread per slot)
     * @param gather how long the oldest save of a round that is not full may wait for others (zero: never)
     */
    SaveRounds(int slots, int maxJobs, int maxValues, java.time.Duration gather, Runner runner) {
        this.slots = Math.max(1, slots);
        this.maxJobs = Math.max(1, maxJobs);
        this.maxValues = Math.max(1, maxValues);
        this.gatherNanos = Math.max(0, gather.toNanos());
        this.runner = runner;
        for (int i = 0; i < this.slots; i++) {
            Thread t = new Thread(this::write, "save-rounds-" + (i + 1));
            t.setDaemon(true);
            t.start();
        }
    }

    /** Saves the job in a round of a writer thread; returns or throws its answer. */
    ImportSummary submit(Job job) {
        boolean writeHere;
        lock.lock();
        try {
            // shutting down: no writer is left to take it, so the caller writes it alone
            writeHere = closed;
            if (!writeHere) {
                job.wake = lock.newCondition();
                job.arrived = System.nanoTime();
                queue.addLast(job);
                work.signal();
                while (!job.done) {
                    job.wake.awaitUninterruptibly();
                }
            }
        } finally {
            lock.unlock();
        }
        if (writeHere) {
            job.result = answer(runSafely(List.of(job)), job);
        }
        if (job.result instanceof RuntimeException e) {
            throw e;
        }
        return (ImportSummary) job.result;
    }

    /**
     * Runs a save that shares no round (one value with the version its user saw) under the same bound:
     * it waits for one of the slots, so that saves of single values sent to the API are held back as
     * whole forms are, and rounds leave a slot to it when it waits.
     */
    <T> T alone(java.util.function.Supplier<T> work) {
        lock.lock();
        try {
            aloneWaiting++;
            while (busy >= slots) {
                slotFree.awaitUninterruptibly();
            }
            aloneWaiting--;
            busy++;
        } finally {
            lock.unlock();
        }
        try {
            return work.get();
        } finally {
            lock.lock();
            try {
                busy--;
                slotFree.signal();
                this.work.signal();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Stops the writer threads once the rounds running have been answered; later saves write themselves. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A writer thread: takes the next round whenever one may run, writes it and answers its saves. */
    private void write() {
        while (true) {
            List<Job> round;
            lock.lock();
            try {
                while (true) {
                    if (closed) {
                        // saves still queued are answered by a writer before it goes
                        round = queue.isEmpty() ? List.of() : take();
                        if (round.isEmpty()) {
                            work.signalAll();
                            return;
                        }
                        break;
                    }
                    if (busy < roundSlots() && !queue.isEmpty()) {
                        long gathering = gathering();
                        if (gathering > 0) {
                            // each arrival signals: the writer looks again when the round may be full
                            awaitNanos(gathering);
                            continue;
                        }
                        round = take();
                        if (!round.isEmpty()) {
                            break;
                        }
                    }
                    work.awaitUninterruptibly();
                }
                busy++;
            } finally {
                lock.unlock();
            }
            Map<Job, Object> results = runSafely(round);
            lock.lock();
            try {
                for (Job j : round) {
                    inFlight.removeAll(j.keys);
                    j.result = answer(results, j);
                    j.done = true;
                    j.wake.signal();
                }
                busy--;
                slotFree.signal();
                // a save that waited behind one of these may go now, to this writer or another
                work.signal();
            } finally {
                lock.unlock();
            }
        }
    }

    /** The runner's answers, or its failure as the answer of every save of the round. */
    private Map<Job, Object> runSafely(List<Job> round) {
        try {
            return runner.run(round);
        } catch (RuntimeException | Error e) {
            RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            Map<Job, Object> all = new java.util.IdentityHashMap<>();
            round.forEach(j -> all.put(j, failure));
            return all;
        }
    }

    private static Object answer(Map<Job, Object> results, Job j) {
        Object r = results.get(j);
        return r != null ? r : new IllegalStateException("no answer for a save of the round");
    }

    /**
     * How much longer the saves waiting may gather before a round starts: none once they would fill a
     * round (by saves or by values) or the oldest has waited {@code gatherNanos}.
     */
    private long gathering() {
        if (gatherNanos == 0 || queue.size() >= maxJobs) {
            return 0;
        }
        int values = 0;
        for (Job j : queue) {
            values += j.rows.size();
        }
        if (values >= maxValues) {
            return 0;
        }
        return gatherNanos - (System.nanoTime() - queue.peekFirst().arrived);
    }

    private void awaitNanos(long nanos) {
        try {
            work.awaitNanos(nanos);
        } catch (InterruptedException e) {
            // nobody interrupts the writers (close() stops them): look again, as after any wake-up
        }
    }

    /** Slots rounds may hold: all of them, or all but one while a single save waits for one. */
    private int roundSlots() {
        return aloneWaiting > 0 ? slots - 1 : slots;
    }

    /** The next round: waiting saves in arrival order that touch no unit and period already taken. */
    private List<Job> take() {
        List<Job> round = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        int values = 0;
        for (Iterator<Job> it = queue.iterator(); it.hasNext() && round.size() < maxJobs; ) {
            Job j = it.next();
            if (conflicts(j, taken)) {
                continue;
            }
            if (!round.isEmpty() && values + j.rows.size() > maxValues) {
                break;
            }
            it.remove();
            round.add(j);
            taken.addAll(j.keys);
            values += j.rows.size();
        }
        inFlight.addAll(taken);
        return round;
    }

    private boolean conflicts(Job j, Set<String> taken) {
        for (String k : j.keys) {
            if (inFlight.contains(k) || taken.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
