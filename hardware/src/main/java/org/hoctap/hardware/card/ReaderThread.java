package org.hoctap.hardware.card;

/**
 * The thread a hardware reader reads on: started once, asked to stop, and waited for (two seconds at
 * most: a read in progress ends by itself).
 */
public final class ReaderThread {
    private final String name;
    private volatile boolean running;
    private Thread thread;

    public ReaderThread(String name) {
        this.name = name;
    }

    /** Runs {@code loop} on a daemon thread; the loop checks {@link #running()} to know when to end. */
    public synchronized void start(Runnable loop) {
        if (thread != null) {
            throw new IllegalStateException(name + " already started");
        }
        running = true;
        thread = Thread.ofPlatform().name(name).daemon(true).start(loop);
    }

    public boolean running() {
        return running;
    }

    /** Whether the thread still runs (it ends when stopped, or when its loop returns). */
    public synchronized boolean alive() {
        return thread != null && thread.isAlive();
    }

    public void stop() {
        running = false;
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
