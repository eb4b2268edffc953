package dev.earshot.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.store.StoredEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;

/** The job's named functions, each alone, in Flink's own operator test harnesses. */
class FunctionsTest {

    @Test
    void dedupeDropsAnIdSeenOnTheSameDayAndKeepsItOnAnotherDay() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, StoredEvent, StoredEvent> h =
                     ProcessFunctionTestHarnesses.forKeyedProcessFunction(new DedupeFunction(Duration.ofDays(7)),
                             e -> e.event().userId(), Types.STRING)) {
            h.open();
            h.processElement(Events.play("a", "u1", "t1", Events.T0), 0);
            h.processElement(Events.play("a", "u1", "t1", Events.T0), 0);
            h.processElement(Events.play("b", "u1", "t1", Events.T0), 0);
            // A client that reuses an id on another day sends a second event (the single-machine path's rule too).
            h.processElement(Events.play("a", "u1", "t1", Events.T0.plus(Duration.ofDays(1))), 0);
            assertThat(h.extractOutputValues()).extracting(e -> e.event().eventId()).containsExactly("a", "b", "a");
        }
    }

    @Test
    void eventsBehindTheWatermarkByMoreThanTheLatenessGoToTheSideOutput() throws Exception {
        long t0 = Events.T0.toEpochMilli();
        try (OneInputStreamOperatorTestHarness<Enriched, Enriched> h =
                     ProcessFunctionTestHarnesses.forProcessFunction(new LateSplitter(Duration.ofMinutes(1)))) {
            h.open();
            h.processElement(Events.enriched(Events.play("early", "u", "t", Events.T0), null, null), t0);
            h.processWatermark(t0 + Duration.ofMinutes(5).toMillis());
            h.processElement(Events.enriched(Events.play("within", "u", "t", Events.T0.plusSeconds(250)), null, null),
                    t0 + 250_000);
            h.processElement(Events.enriched(Events.play("late", "u", "t", Events.T0.plusSeconds(60)), null, null),
                    t0 + 60_000);
            assertThat(h.extractOutputValues()).extracting(e -> e.stored().event().eventId())
                    .containsExactly("early", "within");
            assertThat(h.getSideOutput(LateSplitter.LATE)).extracting(r -> r.getValue().stored().event().eventId())
                    .containsExactly("late");
        }
    }

    @Test
    void aPlayIsCountedUnderItsTrackArtistAndGenre() {
        List<DimensionPlay> out = new ArrayList<>();
        Collector<DimensionPlay> collect = new Collector<>() {
            public void collect(DimensionPlay p) {
                out.add(p);
            }

            public void close() {
            }
        };
        new MinuteKeys().flatMap(Events.enriched(Events.play("a", "u", "t1", Events.T0), "Artist", "jazz"), collect);
        new MinuteKeys().flatMap(Events.enriched(Events.play("b", "u", "t2", Events.T0), null, null), collect);
        assertThat(out).extracting(p -> p.dimension() + "=" + p.key())
                .containsExactly("track=t1", "artist=Artist", "genre=jazz", "track=t2");
    }

    @Test
    void playCountsMergeAcrossPartialWindows() {
        PlayCounter counter = new PlayCounter();
        PlayCounter.Acc a = counter.add(new DimensionPlay("track", "t", "u1", 0), counter.createAccumulator());
        PlayCounter.Acc b = counter.add(new DimensionPlay("track", "t", "u1", 1), counter.createAccumulator());
        counter.add(new DimensionPlay("track", "t", "u2", 2), b);
        PlayCounter.Acc merged = counter.merge(a, b);
        assertThat(merged.plays).isEqualTo(3);
        assertThat(merged.listeners).containsExactlyInAnyOrder("u1", "u2");
    }
}
