package dev.earshot.store;

import dev.earshot.threads.Threads;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that writes to the database file (DESIGN §4): every write — event commits, catalog upserts,
 * rollups, the per-user copy, backfill, erasure, keys, checkpoints — is a job on its queue, run one after the
 * other on one connection, so no two write transactions ever race and DuckDB never fails one as a conflict.
 */
final class WriterThread implements AutoCloseable {
    private final ExecutorService executor;
    private volatile Thread thread;

    WriterThread(String name) {
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = Threads.create(name, true, r);
            thread = t;
            return t;
        });
    }

    /** Runs {@code job} on the writer thread and returns its result; a job that itself writes runs inline. */
    <T> T run(Callable<T> job) {
        if (Thread.currentThread() == thread) {
            return call(job);
        }
        Future<T> result = executor.submit(job);
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new WarehouseException("a write failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WarehouseException("interrupted while waiting for the writer", e);
        }
    }

    /**
     * Queues {@code job} on the writer thread and answers at once; it runs after every job queued before it and
     * before every job queued after this call returns. Its failure completes the future, unwrapped as {@link #run}.
     */
    <T> CompletableFuture<T> submit(Callable<T> job) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable task = () -> {
            try {
                result.complete(call(job));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        };
        if (Thread.currentThread() == thread) {
            task.run();
        } else {
            executor.execute(task);
        }
        return result;
    }

    private static <T> T call(Callable<T> job) {
        try {
            return job.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new WarehouseException("a write failed: " + e.getMessage(), e);
        }
    }

    /** Lets the queued jobs finish, then stops the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
