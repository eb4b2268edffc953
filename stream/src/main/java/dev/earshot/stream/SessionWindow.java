package dev.earshot.stream;

import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** One closed session window of one listener as a {@link SessionFact}, spanning its first to its last event. */
public final class SessionWindow extends ProcessWindowFunction<SessionCounter.Acc, SessionFact, String, TimeWindow> {
    private static final long serialVersionUID = 1L;

    @Override
    public void process(String userId, Context ctx, Iterable<SessionCounter.Acc> facts, Collector<SessionFact> out) {
        SessionCounter.Acc a = facts.iterator().next();
        out.collect(new SessionFact(userId, a.first, a.last, a.events, a.plays, a.msPlayed, a.tracks.size()));
    }
}
