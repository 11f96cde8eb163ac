package vn.doanket.analytics.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM and by the embedded PostgreSQL (its postmaster and backends), read
 * from /proc on Linux; -1 elsewhere. Lets the bench say what a save costs, which a busy shared
 * machine does not hide the way it hides throughput.
 */
final class ProcessCpu {

    private static final long TICK_MS = 10; // USER_HZ is 100 on Linux

    private ProcessCpu() {}

    static long jvmMillis() {
        return millis(ProcessHandle.current().pid());
    }

    /** The postmaster named in {@code <dataDir>/pg/postmaster.pid} and its children; -1 when unknown. */
    static long postgresMillis(String dataDir) {
        java.util.Map<String, Long> byKind = postgresMillisByKind(dataDir);
        return byKind.isEmpty()
                ? -1
                : byKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * CPU time used so far by each of this JVM's JIT compiler and garbage collector threads, by thread
     * id: a round that still compiles or collects much is not measuring the steady state of the save
     * path. Per thread because the JVM starts and retires compiler threads as its queue grows and
     * shrinks, and a retired thread's time would otherwise leave the sum (a negative share).
     */
    record JitGc(java.util.Map<String, Long> jit, java.util.Map<String, Long> gc, java.util.Map<String, Long> rollup) {

        /** This JVM's threads now. */
        static JitGc now() {
            java.util.Map<String, Long> jit = new java.util.HashMap<>();
            java.util.Map<String, Long> gc = new java.util.HashMap<>();
            java.util.Map<String, Long> rollup = new java.util.HashMap<>();
            try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path t : tasks.toList()) {
                    String s = Files.readString(t.resolve("stat"));
                    String name = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
                    String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
                    long ms = Long.parseLong(f[11]) * TICK_MS + Long.parseLong(f[12]) * TICK_MS;
                    if (name.contains("CompilerThre")) {
                        jit.put(t.getFileName().toString(), ms);
                    } else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.matches("Z[A-Z].*")) {
                        // G1's threads, or ZGC's (ZDriver, ZDirector, ZWorker#0, ...)
                        gc.put(t.getFileName().toString(), ms);
                    } else if (name.startsWith("analytics-rollu")) { // the kernel keeps 15 characters of a name
                        rollup.put(t.getFileName().toString(), ms);
                    }
                }
            } catch (IOException | RuntimeException e) {
                return null;
            }
            return new JitGc(jit, gc, rollup);
        }

        /**
         * Milliseconds of JIT, of GC and of the roll-up worker's thread (its Java work; its statements run in
         * PostgreSQL) since {@code before} (a thread started since counts from zero; one retired since has
         * its time until then lost, so this is a lower bound), or -1 each when unknown.
         */
        long[] since(JitGc before) {
            if (before == null) {
                return new long[] {-1, -1, -1};
            }
            return new long[] {grown(before.jit(), jit), grown(before.gc(), gc), grown(before.rollup(), rollup)};
        }

        private static long grown(java.util.Map<String, Long> before, java.util.Map<String, Long> after) {
            long sum = 0;
            for (java.util.Map.Entry<String, Long> e : after.entrySet()) {
                sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
            }
            return sum;
        }
    }

    /**
     * The embedded PostgreSQL's CPU so far by kind of process: client backends, autovacuum, and the
     * rest (WAL writer, checkpointer, background writer, the postmaster). Shows whether a save's cost in
     * the database is its statements or the upkeep they cause; "ended" is the time of processes that
     * have exited (the postmaster's reaped children), so an autovacuum worker ending during a round moves
     * its time there instead of out of the sum (one round printed -3.8 ms a save for autovacuum and 0.3 ms
     * for PostgreSQL in all). Empty when unknown.
     */
    static java.util.Map<String, Long> postgresMillisByKind(String dataDir) {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        try {
            List<String> pidFile = Files.readAllLines(Path.of(dataDir, "pg", "postmaster.pid"));
            long master = Long.parseLong(pidFile.get(0).strip());
            out.merge("other", millis(master), Long::sum);
            String[] m = stat(master);
            if (m != null) { // [13] cutime, [14] cstime: children that have exited
                out.merge("ended", Long.parseLong(m[13]) * TICK_MS + Long.parseLong(m[14]) * TICK_MS, Long::sum);
            }
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.filter(x -> x.getFileName().toString().matches("\\d+"))
                        .toList()) {
                    String[] f = stat(Long.parseLong(p.getFileName().toString()));
                    if (f == null || Long.parseLong(f[1]) != master) {
                        continue;
                    }
                    String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    String kind = cmd.contains("autovacuum")
                            ? "autovacuum"
                            : cmd.contains("postgres: postgres") ? "backends" : "other";
                    out.merge(kind, Long.parseLong(f[11]) * TICK_MS + Long.parseLong(f[12]) * TICK_MS, Long::sum);
                }
            }
        } catch (IOException | RuntimeException e) {
            return java.util.Map.of(); // unknown
        }
        return out;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long millis(long pid) {
        String[] f = stat(pid);
        return f == null ? -1 : Long.parseLong(f[11]) * TICK_MS + Long.parseLong(f[12]) * TICK_MS;
    }

    /**
     * Fields of /proc/pid/stat after the command name: [0] state, [1] ppid, ..., [11] utime, [12] stime,
     * [13] cutime, [14] cstime.
     */
    private static String[] stat(long pid) {
        try {
            String s = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
