package dev.earshot.users;

import dev.earshot.store.DuckDbWarehouse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When an erased listener's bytes leave the file (DESIGN §3): a deleted row stays in the file's free blocks and
 * its log until the file is rewritten, so the file is compacted on demand ({@code POST /v1/admin/compact}) and,
 * as a scheduled task, whenever an erasure is pending: checked every half of the bound, so that the bytes are
 * gone within it (plus the time the rewrite takes).
 */
public final class Compaction implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Compaction.class);

    private final DuckDbWarehouse warehouse;
    private final Duration within;
    private final Clock clock;

    public Compaction(DuckDbWarehouse warehouse, Duration within, Clock clock) {
        this.warehouse = warehouse;
        this.within = within;
        this.clock = clock;
    }

    /** What one compaction did: the file's bytes (with its log) before and after, erasures now fully gone. */
    public record Compacted(long bytesBefore, long bytesAfter, long erasures) {
    }

    /** Rewrites the file now. */
    public Compacted compact() {
        Instant started = clock.instant();
        long[] sizes = warehouse.compact();
        long erasures = warehouse.writeAside(conn -> ErasureAudit.markCompacted(conn, started, clock.instant()));
        return new Compacted(sizes[0], sizes[1], erasures);
    }

    /** How often the scheduled task looks for pending erasures. */
    public Duration checkEvery() {
        Duration half = within.dividedBy(2);
        return half.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : half;
    }

    /** The scheduled task: compacts when an erasure is pending; a failure is logged and tried again next time. */
    @Override
    public void run() {
        try {
            if (warehouse.writeAside(ErasureAudit::oldestUncompacted).isPresent()) {
                Compacted c = compact();
                LOG.info("compacted after {} erasure(s): {} bytes before, {} after", c.erasures(), c.bytesBefore(),
                        c.bytesAfter());
            }
        } catch (RuntimeException e) {
            LOG.error("compaction after an erasure failed; it is tried again at the next check", e);
        }
    }
}
