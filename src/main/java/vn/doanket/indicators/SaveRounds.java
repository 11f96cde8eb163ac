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
 * Lets whole-form saves that arrive together be written together. A save joins a queue; while fewer
 * than {@code leaders} rounds run, its own thread takes the saves waiting (its own among them, first
 * come first served, at most {@code maxJobs} saves and {@code maxValues} values) and hands them to the
 * runner as one round, which writes them in one transaction; the others wait for their own answer. Two
 * saves of the same unit and period never share a round, nor run in two rounds at once.
 *
 * <p>On a deadline day thousands of forms arrive within minutes, and on a small server each one used
 * to pay for its own transaction and round trips to the database (about 40% of a form's cost, by the
 * reporting bench). Each save is still checked alone and answered alone: the runner decides what a
 * round's failure means for each of its saves.
 */
final class SaveRounds {

    /** One caller's save: its rows, scope and actor, and the unit-period keys it writes. */
    static final class Job {
        final List<DataEntry.Numbered> rows;
        final UnitScope scope;
        final String actor;
        final Set<String> keys;
        private Condition wake;
        private boolean lead;
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
    private final ArrayDeque<Job> queue = new ArrayDeque<>();
    private final Set<String> inFlight = new HashSet<>();
    private final int maxLeaders;
    private final int maxJobs;
    private final int maxValues;
    private final Runner runner;
    private int leaders;
    private int aloneWaiting;

    SaveRounds(int maxLeaders, int maxJobs, int maxValues, Runner runner) {
        this.maxLeaders = Math.max(1, maxLeaders);
        this.maxJobs = Math.max(1, maxJobs);
        this.maxValues = Math.max(1, maxValues);
        this.runner = runner;
    }

    /** Saves the job, in a round of its own or of another caller's thread; returns or throws its answer. */
    ImportSummary submit(Job job) {
        lock.lock();
        try {
            job.wake = lock.newCondition();
            queue.addLast(job);
            if (leaders < roundSlots()) {
                leaders++;
                job.lead = true;
            }
            while (true) {
                while (!job.done && !job.lead) {
                    job.wake.awaitUninterruptibly();
                }
                if (job.lead) {
                    job.lead = false;
                    List<Job> round = take();
                    if (!round.isEmpty()) {
                        Map<Job, Object> results = null;
                        RuntimeException failure = null;
                        lock.unlock();
                        try {
                            results = runner.run(round);
                        } catch (RuntimeException | Error e) {
                            failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                        } finally {
                            lock.lock();
                        }
                        for (Job j : round) {
                            inFlight.removeAll(j.keys);
                            Object r = failure != null ? failure : results.get(j);
                            j.result = r != null ? r : new IllegalStateException("no answer for a save of the round");
                            j.done = true;
                            if (j != job) {
                                j.wake.signal();
                            }
                        }
                    }
                    leaders--;
                    promote();
                    slotFree.signal();
                }
                if (job.done) {
                    break;
                }
            }
        } finally {
            lock.unlock();
        }
        if (job.result instanceof RuntimeException e) {
            throw e;
        }
        return (ImportSummary) job.result;
    }

    /**
     * Runs a save that shares no round (one value with the version its user saw) under the same bound:
     * it waits for one of the {@code leaders} slots, so that saves of single values sent to the API are
     * held back as whole forms are, and rounds leave a slot to it when it waits.
     */
    <T> T alone(java.util.function.Supplier<T> work) {
        lock.lock();
        try {
            aloneWaiting++;
            while (leaders >= maxLeaders) {
                slotFree.awaitUninterruptibly();
            }
            aloneWaiting--;
            leaders++;
        } finally {
            lock.unlock();
        }
        try {
            return work.get();
        } finally {
            lock.lock();
            try {
                leaders--;
                promote();
                slotFree.signal();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Slots rounds may hold: all of them, or all but one while a single save waits for one. */
    private int roundSlots() {
        return aloneWaiting > 0 ? maxLeaders - 1 : maxLeaders;
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

    /** Wakes waiting saves to lead the next rounds while fewer rounds run than allowed (one slot kept for a single save waiting). */
    private void promote() {
        for (Job j : queue) {
            if (leaders >= roundSlots()) {
                return;
            }
            if (!j.lead && !j.done && !conflicts(j, Set.of())) {
                j.lead = true;
                leaders++;
                j.wake.signal();
            }
        }
    }
}
