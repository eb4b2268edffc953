package dev.earshot.live;

import dev.earshot.threads.Threads;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.catalog.Track;
import dev.earshot.store.SqlReader;
import dev.earshot.store.StoredEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes committed events and KPI ticks to connected dashboards. The writer thread hands over what it
 * committed without ever waiting: the hub keeps at most {@link #LISTENS_PER_TICK} events per tick (a person
 * reads a handful per second, not 100k) and drops the rest; the KPI ticks carry the true counts.
 */
public final class LiveHub implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);
    static final int LISTENS_PER_TICK = 5;
    static final int TICKS_PER_KPI = 8;
    static final long TICK_MILLIS = 250;

    private final Set<LiveClient> clients = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<StoredEvent> pending = new ArrayBlockingQueue<>(LISTENS_PER_TICK);
    private final Function<String, Track> catalog;
    private final LiveKpiQuery kpis;
    private final ObjectMapper json;
    private final ScheduledExecutorService ticker;
    private int ticks;

    LiveHub(Function<String, Track> catalog, LiveKpiQuery kpis, ObjectMapper json, ScheduledExecutorService ticker) {
        this.catalog = catalog;
        this.kpis = kpis;
        this.json = json;
        this.ticker = ticker;
    }

    /**
     * A hub ticking every {@link #TICK_MILLIS} on a thread of its own (model rebuilds take seconds and must not
     * hold up the live view). {@code catalog} names tracks the events themselves do not describe.
     */
    public static LiveHub start(Function<String, Track> catalog, SqlReader reader, ObjectMapper json, Clock clock) {
        ScheduledExecutorService ticker = Threads.scheduler("earshot-live");
        LiveHub hub = new LiveHub(catalog, new LiveKpiQuery(reader, clock), json, ticker);
        ticker.scheduleWithFixedDelay(hub::tickQuietly, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return hub;
    }

    /** A failed tick (say, the database is closing) skips a beat; an exception would end the schedule. */
    private void tickQuietly() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.warn("live tick failed: {}", e.getMessage());
        }
    }

    /** Called by the writer after each commit; never blocks. */
    public void committed(List<StoredEvent> events) {
        if (clients.isEmpty()) {
            return;
        }
        for (StoredEvent e : events) {
            if (!pending.offer(e)) {
                return;
            }
        }
    }

    /** A new dashboard gets the current KPIs at once, then every tick's news. */
    public void join(LiveClient client) {
        if (client.send("kpi", render(kpis.now()))) {
            clients.add(client);
        }
    }

    public void leave(LiveClient client) {
        clients.remove(client);
    }

    public int clients() {
        return clients.size();
    }

    /** One beat of the ticker thread: the events kept since the last one, and every few beats the KPIs. */
    void tick() {
        List<StoredEvent> batch = new ArrayList<>(LISTENS_PER_TICK);
        pending.drainTo(batch);
        for (StoredEvent e : batch) {
            broadcast("listen", render(LiveListen.of(e, catalog.apply(e.event().trackId()))));
        }
        if (++ticks % TICKS_PER_KPI == 0 && !clients.isEmpty()) {
            broadcast("kpi", render(kpis.now()));
        }
    }

    private void broadcast(String event, String data) {
        clients.removeIf(c -> !c.send(event, data));
    }

    private String render(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("live payload does not serialise", e);
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        for (LiveClient c : clients) {
            try {
                c.close();
            } catch (RuntimeException e) {
                LOG.debug("closing a live client failed", e);
            }
        }
        clients.clear();
    }
}
