package vn.doanket.platform;

/**
 * A daemon thread running one loop of a component, from its lifecycle's start to its stop. The loop
 * asks {@link #shouldRun()} each time round; a stop clears the thread and interrupts it, so a loop
 * waiting or sleeping ends at once and a loop started again gets a new thread.
 */
public final class LoopThread {

    private final String name;
    private volatile Thread thread;

    public LoopThread(String name) {
        this.name = name;
    }

    /** Starts {@code loop} on a new daemon thread. */
    public void start(Runnable loop) {
        Thread t = new Thread(loop, name);
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Asks the loop to end: {@link #shouldRun()} turns false for it, and its thread is interrupted. */
    public void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
        }
    }

    /** True on the loop's own thread until it is stopped (or another start replaced it). */
    public boolean shouldRun() {
        return thread == Thread.currentThread();
    }

    public boolean isRunning() {
        return thread != null;
    }
}
