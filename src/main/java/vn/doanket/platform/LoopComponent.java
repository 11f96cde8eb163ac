package vn.doanket.platform;

import org.springframework.context.SmartLifecycle;

/**
 * A component whose work is one loop on a daemon thread of its own (a {@link LoopThread}), run from the
 * application context's start to its stop. The loop asks {@link #shouldRun()} each time round and ends
 * when it turns false; a stop interrupts the thread, so a loop waiting or sleeping ends at once.
 */
public abstract class LoopComponent implements SmartLifecycle {

    private final LoopThread thread;

    protected LoopComponent(String threadName) {
        this.thread = new LoopThread(threadName);
    }

    /** The work, from start to stop: returns once {@link #shouldRun()} is false. */
    protected abstract void loop();

    /** Whether the loop starts at all; a component with nothing to do in this configuration says no. */
    protected boolean enabled() {
        return true;
    }

    /** True on the loop's own thread until the component is stopped. */
    protected boolean shouldRun() {
        return thread.shouldRun();
    }

    @Override
    public void start() {
        if (enabled() && !thread.isRunning()) {
            thread.start(this::loop);
        }
    }

    @Override
    public void stop() {
        thread.stop();
    }

    @Override
    public boolean isRunning() {
        return thread.isRunning();
    }
}
