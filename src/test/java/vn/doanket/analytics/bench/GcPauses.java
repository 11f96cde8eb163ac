package vn.doanket.analytics.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The collector's pauses of this JVM while it is open: how many, their time in all and the longest. A
 * pause stops every request in flight at once, so beside the CPU a round used it says how much of the
 * tail of a round's latencies the collector made. Collectors that report concurrent cycles as well as
 * pauses (ZGC's "Cycles", G1's "Concurrent GC") are left out of the count: their time is not a pause.
 */
final class GcPauses implements NotificationListener, AutoCloseable {

    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private int count;
    private long totalMillis;
    private long longestMillis;

    private GcPauses() {}

    /** Starts counting the pauses from now on. */
    static GcPauses start() {
        GcPauses pauses = new GcPauses();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            String name = gc.getName();
            if (name.contains("Cycles") || name.contains("Concurrent")) {
                continue;
            }
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(pauses, null, null);
                pauses.emitters.add(emitter);
            }
        }
        return pauses;
    }

    @Override
    public synchronized void handleNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        long millis = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
                .getGcInfo()
                .getDuration();
        count++;
        totalMillis += millis;
        longestMillis = Math.max(longestMillis, millis);
    }

    /** "N pauses, T ms in all, the longest L ms" for the time since {@link #start}. */
    synchronized String summary() {
        return String.format(
                java.util.Locale.ROOT, "%d pauses, %d ms in all, the longest %d ms", count, totalMillis, longestMillis);
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(this);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
