package dev.earshot.stream;

import java.time.Duration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Sends events too late for the event-time windows (older than the watermark by more than the allowed lateness)
 * to the {@link #LATE} side output and counts them ({@code lateEvents}), instead of letting a window drop them
 * silently. The windows downstream see a watermark no later than this operator's, so what passes here is never
 * late there. Late events still reach the lake and the enriched topic: only the windowed aggregates skip them.
 */
public final class LateSplitter extends ProcessFunction<Enriched, Enriched> {
    private static final long serialVersionUID = 1L;
    public static final OutputTag<Enriched> LATE = new OutputTag<>("late-events") { };

    private final long allowedLatenessMillis;
    private transient Counter late;

    public LateSplitter(Duration allowedLateness) {
        this.allowedLatenessMillis = allowedLateness.toMillis();
    }

    @Override
    public void open(OpenContext context) {
        late = getRuntimeContext().getMetricGroup().counter("lateEvents");
    }

    @Override
    public void processElement(Enriched e, Context ctx, Collector<Enriched> out) {
        long ts = e.stored().event().timestamp().toEpochMilli();
        long watermark = ctx.timerService().currentWatermark();
        if (watermark != Long.MIN_VALUE && ts + allowedLatenessMillis <= watermark) {
            late.inc();
            ctx.output(LATE, e);
        } else {
            out.collect(e);
        }
    }
}
