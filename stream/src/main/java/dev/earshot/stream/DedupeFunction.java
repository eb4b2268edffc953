package dev.earshot.stream;

import dev.earshot.store.StoredEvent;
import java.time.Duration;
import java.time.ZoneOffset;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Drops the events already seen, keyed by listener so that each listener's events keep their order into the
 * enrichment (whose session state follows them in order). The duplicate key is the single-machine path's:
 * (event_id, UTC day of the device timestamp), so both paths drop the same events. Ids are kept in keyed state
 * with a time-to-live ({@code ttl}, from when an id was first seen, in processing time): a copy arriving later
 * than that is let through. The server dedupes over all history; this is the documented window of the job.
 */
public final class DedupeFunction extends KeyedProcessFunction<String, StoredEvent, StoredEvent> {
    private static final long serialVersionUID = 1L;
    private final Duration ttl;
    private transient MapState<String, Boolean> seen;

    public DedupeFunction(Duration ttl) {
        this.ttl = ttl;
    }

    @Override
    public void open(OpenContext context) {
        MapStateDescriptor<String, Boolean> descriptor = new MapStateDescriptor<>("seen-event-ids", Types.STRING,
                Types.BOOLEAN);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl).updateTtlOnCreateAndWrite()
                .neverReturnExpired().build());
        seen = getRuntimeContext().getMapState(descriptor);
    }

    @Override
    public void processElement(StoredEvent e, Context ctx, Collector<StoredEvent> out) throws Exception {
        String key = e.event().eventId() + '|' + e.event().deviceTimestamp().atZone(ZoneOffset.UTC).toLocalDate();
        if (!seen.contains(key)) {
            seen.put(key, Boolean.TRUE);
            out.collect(e);
        }
    }
}
