package dev.earshot.stream;

import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Turns one window's count into a {@link MinuteCount}, naming the minute by its start. */
public final class MinuteWindow extends ProcessWindowFunction<PlayCounter.Acc, MinuteCount, String, TimeWindow> {
    private static final long serialVersionUID = 1L;

    @Override
    public void process(String groupKey, Context ctx, Iterable<PlayCounter.Acc> counts, Collector<MinuteCount> out) {
        PlayCounter.Acc acc = counts.iterator().next();
        int split = groupKey.indexOf('\u0000');
        out.collect(new MinuteCount(groupKey.substring(0, split), groupKey.substring(split + 1),
                ctx.window().getStart(), acc.plays, acc.listeners.size()));
    }
}
