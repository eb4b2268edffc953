package dev.earshot.stream;

import static dev.earshot.testkit.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.store.StoredEvent;
import dev.earshot.support.Stored;
import dev.earshot.testkit.Listen;
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
            h.processElement(Stored.of(Listen.play("a", "u1", T0).track("t1").noInsight()), 0);
            h.processElement(Stored.of(Listen.play("a", "u1", T0).track("t1").noInsight()), 0);
            h.processElement(Stored.of(Listen.play("b", "u1", T0).track("t1").noInsight()), 0);
            // A client that reuses an id on another day sends a second event (the single-machine path's rule too).
            h.processElement(Stored.of(Listen.play("a", "u1", T0.plus(Duration.ofDays(1))).track("t1").noInsight()), 0);
            assertThat(h.extractOutputValues()).extracting(e -> e.event().eventId()).containsExactly("a", "b", "a");
        }
    }

    @Test
    void eventsBehindTheWatermarkByMoreThanTheLatenessGoToTheSideOutput() throws Exception {
        long t0 = T0.toEpochMilli();
        try (OneInputStreamOperatorTestHarness<Enriched, Enriched> h =
                     ProcessFunctionTestHarnesses.forProcessFunction(new LateSplitter(Duration.ofMinutes(1)))) {
            h.open();
            h.processElement(enriched(Listen.play("early", "u", T0).track("t").noInsight(), null), t0);
            h.processWatermark(t0 + Duration.ofMinutes(5).toMillis());
            h.processElement(enriched(Listen.play("within", "u", T0.plusSeconds(250)).track("t").noInsight(), null),
                    t0 + 250_000);
            h.processElement(enriched(Listen.play("late", "u", T0.plusSeconds(60)).track("t").noInsight(), null),
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
        new MinuteKeys().flatMap(enriched(Listen.play("a", "u", T0).track("t1").noInsight().genre("jazz"), "Artist"), collect);
        new MinuteKeys().flatMap(enriched(Listen.play("b", "u", T0).track("t2").noInsight(), null), collect);
        assertThat(out).extracting(p -> p.dimension() + "=" + p.key())
                .containsExactly("track=t1", "artist=Artist", "genre=jazz", "track=t2");
    }

    private static Enriched enriched(Listen listen, String artist) {
        return new Enriched(Stored.of(listen), artist);
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
