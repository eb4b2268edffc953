package dev.earshot.stream;

import dev.earshot.store.StoredEvent;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.EventTimeSessionWindows;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.api.common.JobExecutionResult;
import java.time.Duration;

/**
 * The scale-out job (DESIGN §5), in the shape of the Flink training exercises: it is given its source and its
 * sinks, and its logic lives in small named functions, each tested alone.
 * <pre>
 * events ─ watermarks ─ keyBy(user) ─ dedupe ─ enrich ─┬─ lake (Parquet, by day)      exactly-once
 *                                                      ├─ BigQuery, PostgreSQL       optional, see JobSinks
 *                                                      ├─ enriched topic             at-least-once
 *                                                      └─ late split ─┬─ late topic
 *                                                                     ├─ per minute: track / artist / genre
 *                                                                     └─ per listener: sessions (gap)
 * </pre>
 */
public final class ListenJob {
    private final Source<StoredEvent, ?, ?> source;
    private final JobSinks sinks;
    private final JobSettings settings;
    private final byte[] modelSnapshot;

    public ListenJob(Source<StoredEvent, ?, ?> source, JobSinks sinks, JobSettings settings, byte[] modelSnapshot) {
        this.source = source;
        this.sinks = sinks;
        this.settings = settings;
        this.modelSnapshot = modelSnapshot.clone();
    }

    /** Adds the job's graph to {@code env} (with exactly-once checkpoints); the caller executes it. */
    public void build(StreamExecutionEnvironment env) {
        env.enableCheckpointing(settings.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        WatermarkStrategy<StoredEvent> watermarks = WatermarkStrategy
                .<StoredEvent>forBoundedOutOfOrderness(settings.outOfOrderness())
                .withTimestampAssigner((e, previous) -> e.event().timestamp().toEpochMilli());
        DataStream<StoredEvent> events = env.fromSource(source, watermarks, "listen-events").uid("source");

        DataStream<Enriched> enriched = events
                .keyBy(e -> e.event().userId())
                .process(new DedupeFunction(settings.dedupeTtl())).uid("dedupe").name("dedupe by event_id")
                .map(new EnrichFunction(modelSnapshot)).uid("enrich").name("enrich");

        DataStream<StoredEvent> rows = enriched.map(Enriched::stored).uid("lake-rows").name("lake rows");
        rows.sinkTo(sinks.lake()).uid("lake").name("parquet lake");
        for (JobSinks.Export export : sinks.exports()) {
            rows.sinkTo(export.sink()).uid(export.name()).name(export.name());
        }
        enriched.sinkTo(sinks.enriched()).uid("enriched-topic").name("enriched topic");

        SingleOutputStreamOperator<Enriched> onTime = enriched
                .process(new LateSplitter(settings.allowedLateness())).uid("late-split").name("late split");
        onTime.getSideOutput(LateSplitter.LATE).sinkTo(sinks.late()).uid("late-topic").name("late topic");

        onTime.flatMap(new MinuteKeys()).uid("minute-keys").name("per dimension")
                .keyBy(DimensionPlay::groupKey)
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .allowedLateness(settings.allowedLateness())
                .aggregate(new PlayCounter(), new MinuteWindow()).uid("minutes").name("plays per minute")
                .sinkTo(sinks.minutes()).uid("minutes-topic").name("minutes topic");

        onTime.keyBy(e -> e.stored().event().userId())
                .window(EventTimeSessionWindows.withGap(settings.sessionGap()))
                .allowedLateness(settings.allowedLateness())
                .aggregate(new SessionCounter(), new SessionWindow()).uid("sessions").name("sessions")
                .sinkTo(sinks.sessions()).uid("sessions-topic").name("sessions topic");
    }

    /** Builds and runs the job to its end (a bounded source) or until cancelled. */
    public JobExecutionResult run(StreamExecutionEnvironment env) throws Exception {
        build(env);
        return env.execute("earshot-stream");
    }

    /** Builds and submits the job without waiting (a cluster's usual way). */
    public JobClient submit(StreamExecutionEnvironment env) throws Exception {
        build(env);
        return env.executeAsync("earshot-stream");
    }
}
