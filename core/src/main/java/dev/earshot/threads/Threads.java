package dev.earshot.threads;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way Earshot starts background threads: each is named (so a thread dump says what it does), a daemon
 * unless it must finish (the writer), and logs an exception that would end it, which nobody else would see.
 */
public final class Threads {
    private static final Logger LOG = LoggerFactory.getLogger(Threads.class);

    private Threads() {
    }

    /** Starts {@code work} on a new daemon thread called {@code name}. */
    public static Thread start(String name, Runnable work) {
        Thread t = create(name, true, work);
        t.start();
        return t;
    }

    /** Starts {@code work} on a new daemon thread called {@code name} that yields to request threads. */
    public static Thread startLowPriority(String name, Runnable work) {
        Thread t = create(name, true, work);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    /** A thread not yet started; {@code daemon=false} keeps the JVM alive until it ends (the writer's commits). */
    public static Thread create(String name, boolean daemon, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(daemon);
        t.setUncaughtExceptionHandler((thread, e) -> LOG.error("background thread {} died", thread.getName(), e));
        return t;
    }

    /** Daemon threads called {@code name}, for an executor. */
    public static ThreadFactory factory(String name) {
        return work -> create(name, true, work);
    }

    /** A single daemon thread called {@code name} that runs scheduled work. */
    public static ScheduledExecutorService scheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(factory(name));
    }
}
