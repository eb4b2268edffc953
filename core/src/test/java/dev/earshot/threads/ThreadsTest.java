package dev.earshot.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThreadsTest {

    @Test
    void startsANamedDaemonThread() throws Exception {
        CompletableFuture<Thread> ran = new CompletableFuture<>();
        Threads.start("earshot-test", () -> ran.complete(Thread.currentThread()));
        Thread t = ran.get(30, TimeUnit.SECONDS);
        assertThat(t.getName()).isEqualTo("earshot-test");
        assertThat(t.isDaemon()).isTrue();
    }

    @Test
    void theWriterKindKeepsTheJvmAliveAndEveryThreadLogsWhatWouldKillIt() {
        Thread t = Threads.create("earshot-writer-test", false, () -> { });
        assertThat(t.isDaemon()).isFalse();
        assertThat(t.getUncaughtExceptionHandler()).isNotSameAs(t.getThreadGroup());
    }

    @Test
    void aSchedulerRunsOnItsOwnNamedThread() throws Exception {
        var scheduler = Threads.scheduler("earshot-sched-test");
        try {
            String name = scheduler.submit(() -> Thread.currentThread().getName()).get(30, TimeUnit.SECONDS);
            assertThat(name).isEqualTo("earshot-sched-test");
        } finally {
            scheduler.shutdownNow();
        }
    }
}
