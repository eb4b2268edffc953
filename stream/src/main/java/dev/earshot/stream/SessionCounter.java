package dev.earshot.stream;

import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import java.util.HashSet;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Adds up one listener's session as its events arrive: counts, milliseconds played, distinct tracks, span. */
public final class SessionCounter implements AggregateFunction<Enriched, SessionCounter.Acc, SessionCounter.Acc> {
    private static final long serialVersionUID = 1L;

    /** The running facts of one session window. */
    public static final class Acc {
        public long events;
        public long plays;
        public long msPlayed;
        public long first = Long.MAX_VALUE;
        public long last = Long.MIN_VALUE;
        public HashSet<String> tracks = new HashSet<>();
    }

    @Override
    public Acc createAccumulator() {
        return new Acc();
    }

    @Override
    public Acc add(Enriched e, Acc acc) {
        ListenEvent event = e.stored().event();
        acc.events++;
        if (event.eventType() == EventType.PLAY) {
            acc.plays++;
        }
        if (event.msPlayed() != null) {
            acc.msPlayed += event.msPlayed();
        }
        long ts = event.timestamp().toEpochMilli();
        acc.first = Math.min(acc.first, ts);
        acc.last = Math.max(acc.last, ts);
        acc.tracks.add(event.trackId());
        return acc;
    }

    @Override
    public Acc getResult(Acc acc) {
        return acc;
    }

    @Override
    public Acc merge(Acc a, Acc b) {
        a.events += b.events;
        a.plays += b.plays;
        a.msPlayed += b.msPlayed;
        a.first = Math.min(a.first, b.first);
        a.last = Math.max(a.last, b.last);
        a.tracks.addAll(b.tracks);
        return a;
    }
}
