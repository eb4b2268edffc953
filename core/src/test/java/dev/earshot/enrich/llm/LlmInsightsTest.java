package dev.earshot.enrich.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.catalog.AudioFeatures;
import dev.earshot.catalog.Catalog;
import dev.earshot.catalog.Track;
import dev.earshot.enrich.Enrichment;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.enrich.GenrePrediction;
import dev.earshot.enrich.GenreProbability;
import dev.earshot.enrich.MoodAnalysis;
import dev.earshot.enrich.Source;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Platform;
import dev.earshot.event.TrackMetadata;
import dev.earshot.vocab.Mood;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LlmInsightsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-16T12:00:00Z"), ZoneOffset.UTC);
    private static final Enrichment LOCAL = new Enrichment(null, null, null, null, 0.5, "test");

    private FakeClaude claude;
    private final MemoryInsightStore store = new MemoryInsightStore();
    private final List<LlmInsights> opened = new ArrayList<>();

    @BeforeEach
    void startClaude() throws Exception {
        claude = new FakeClaude();
    }

    @AfterEach
    void stop() {
        opened.forEach(LlmInsights::close);
        claude.close();
    }

    @Test
    void asksAboutTracksInBatches() {
        LlmInsights llm = open(settings(20, 100));
        List<Track> tracks = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            tracks.add(unknown("t" + i, "Song " + i));
            llm.complete(tracks.get(i), LOCAL);
        }
        llm.start();
        await(() -> llm.answeredTracks() == 45);
        assertThat(claude.calls()).extracting(c -> c.tracks().size()).containsExactly(20, 20, 5);
        assertThat(claude.rejectedRequests()).isZero();
        assertThat(claude.calls().get(0).body().path("model").asText()).isEqualTo("claude-test");
    }

    @Test
    void asksOncePerTrackHoweverManyEvents() {
        LlmInsights llm = open(settings(20, 100));
        Track track = unknown("t1", "Song");
        for (int i = 0; i < 50; i++) {
            assertThat(llm.complete(track, LOCAL)).isEqualTo(LOCAL);
        }
        llm.start();
        await(() -> llm.find("t1") != null);
        for (int i = 0; i < 50; i++) {
            Enrichment e = llm.complete(track, LOCAL);
            assertThat(e.genrePrediction().source()).isEqualTo(Source.LLM);
            assertThat(e.moodAnalysis().source()).isEqualTo(Source.LLM);
        }
        pause(Duration.ofMillis(1_500));
        assertThat(claude.calls()).hasSize(1);
    }

    @Test
    void keptAnswersSurviveARestartWithoutAnotherCall() {
        LlmInsights first = open(settings(20, 100)).start();
        first.complete(unknown("t1", "Song"), LOCAL);
        await(() -> first.find("t1") != null);
        first.close();

        LlmInsights second = open(settings(20, 100)).start();
        Enrichment e = second.complete(unknown("t1", "Song"), LOCAL);
        assertThat(e.genrePrediction().top().genre()).isEqualTo("rock");
        pause(Duration.ofMillis(1_500));
        assertThat(claude.calls()).hasSize(1);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void malformedOrForeignAnswersLeaveTheLocalModelsInCharge() {
        claude.answer(tracks -> FakeClaude.Reply.ok(FakeClaude.knownAnswers(tracks).replace("\"rock\"", "\"polka\"")));
        LlmInsights llm = open(settings(20, 100));
        llm.complete(unknown("t1", "Song"), LOCAL);
        llm.complete(unknown("t2", "Jazz song"), LOCAL);
        llm.start();
        await(() -> llm.find("t2") != null);
        pause(Duration.ofMillis(300));
        assertThat(llm.find("t1")).isNull();
        assertThat(llm.complete(unknown("t1", "Song"), LOCAL)).isEqualTo(LOCAL);

        claude.answer(tracks -> FakeClaude.Reply.ok("{\"tracks\": [oops"));
        llm.complete(unknown("t3", "Other"), LOCAL);
        await(() -> claude.calls().size() == 2);
        pause(Duration.ofMillis(1_500));
        assertThat(llm.complete(unknown("t3", "Other"), LOCAL)).isEqualTo(LOCAL);
        assertThat(claude.calls()).as("tracks without a usable answer are not paid for again").hasSize(2);
    }

    @Test
    @org.junit.jupiter.api.Timeout(120) // a complete() that waited on the failing calls would hang here, not be slow
    void serverErrorsBackOffAndNeverHoldUpIngestion() {
        claude.answer(tracks -> new FakeClaude.Reply(500, null));
        LlmInsights llm = open(settings(20, 100)).start();
        Track track = unknown("t1", "Song");
        llm.complete(track, LOCAL);
        await(() -> claude.calls().size() == 1);

        for (int i = 0; i < 100_000; i++) {
            assertThat(llm.complete(unknown("t" + (i % 500), "Song"), LOCAL)).isEqualTo(LOCAL);
        }
        assertThat(claude.calls()).as("backing off: the 100,000 lookups did not each call Claude").hasSizeLessThan(10);

        claude.answer(tracks -> FakeClaude.Reply.ok(FakeClaude.knownAnswers(tracks)));
        await(() -> {
            llm.complete(track, LOCAL);
            return llm.find("t1") != null;
        });
        long gap = claude.calls().get(1).atNanos() - claude.calls().get(0).atNanos();
        assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Backoff.FIRST);
    }

    @Test
    void rateLimitedCallsWaitForRetryAfter() {
        claude.answer(tracks -> new FakeClaude.Reply(429, null, "retry-after", "2"));
        LlmInsights llm = open(settings(20, 100)).start();
        Track track = unknown("t1", "Song");
        llm.complete(track, LOCAL);
        await(() -> claude.calls().size() == 1);
        claude.answer(tracks -> FakeClaude.Reply.ok(FakeClaude.knownAnswers(tracks)));
        await(() -> {
            llm.complete(track, LOCAL);
            return llm.find("t1") != null;
        });
        long gap = claude.calls().get(1).atNanos() - claude.calls().get(0).atNanos();
        assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void stopsCallingOnceTheBudgetIsSpent() {
        // One call costs 1,000 input and 500 output tokens: $0.0035 at $1 and $5 per million.
        LlmInsights llm = open(new LlmSettings(FakeClaude.KEY, "claude-test", claude.baseUrl(), 0.003, 100, 1, 5, 1,
                Duration.ofSeconds(30), 100));
        llm.complete(unknown("t1", "Song"), LOCAL);
        llm.complete(unknown("t2", "Song"), LOCAL);
        llm.start();
        await(() -> llm.find("t1") != null);
        pause(Duration.ofMillis(1_500));
        assertThat(claude.calls()).hasSize(1);
        assertThat(llm.find("t2")).isNull();
        assertThat(llm.spentUsdToday()).isEqualTo(0.0035, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void neverOverridesCatalogGenresOrMeasuredMood() {
        LlmInsights llm = open(settings(20, 100)).start();
        Track track = unknown("t1", "Jazz tune");
        llm.complete(track, LOCAL);
        await(() -> llm.find("t1") != null);

        GenrePrediction catalog = new GenrePrediction(List.of(new GenreProbability("pop", 1)), Source.CATALOG, 0);
        MoodAnalysis measured = new MoodAnalysis(Mood.SAD, 0.2, 0.2, 0.9, Source.FEATURES);
        Enrichment known = new Enrichment(measured, catalog, null, null, 0.5, "test");
        assertThat(llm.complete(track, known)).isEqualTo(known);

        GenrePrediction voted = new GenrePrediction(List.of(new GenreProbability("pop", 0.6)), Source.NEIGHBOURS, 3);
        Enrichment guessed = llm.complete(track, new Enrichment(null, voted, null, null, 0.5, "test"));
        assertThat(guessed.genrePrediction().top()).isEqualTo(new GenreProbability("jazz", 0.9 * TrackInsight.GENRE_TRUST));
        assertThat(guessed.moodAnalysis().mood()).isEqualTo(Mood.ENERGETIC);
        assertThat(guessed.moodAnalysis().confidence()).isBetween(0.5, 0.99);
    }

    @Test
    void neverLogsTheKeyOrThePrompt() {
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            claude.answer(tracks -> new FakeClaude.Reply(503, null));
            LlmInsights llm = open(settings(20, 100)).start();
            llm.complete(unknown("t1", "Secret Title"), LOCAL);
            await(() -> claude.calls().size() == 1);
            claude.answer(tracks -> FakeClaude.Reply.ok(FakeClaude.knownAnswers(tracks).replace("\"rock\"", "\"x\"")));
            await(() -> {
                llm.complete(unknown("t1", "Secret Title"), LOCAL);
                return claude.calls().size() == 2;
            });
            pause(Duration.ofMillis(300));
        } finally {
            System.setErr(err);
        }
        String text = log.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("failed (HTTP 503)").contains("no usable Claude answer for track t1");
        assertThat(text).doesNotContain(FakeClaude.KEY).doesNotContain("Secret Title").doesNotContain("Artist");
    }

    @Test
    void laterEventsOfAnUnknownTrackPickUpTheAnswerAndDescribedTracksAreNeverAsked() {
        LlmInsights llm = open(settings(20, 100)).start();
        EnrichmentPipeline pipeline = new EnrichmentPipeline(new Catalog());
        pipeline.useLlm(llm);
        TrackMetadata bare = new TrackMetadata("Jazz night", "Artist", null, 200_000L, null, null);
        TrackMetadata described = new TrackMetadata("Described", "Artist", null, 200_000L, List.of("pop"),
                Map.of("valence", 0.8, "energy", 0.3));
        assertThat(pipeline.enrich(event("e1", "bare", bare)).genrePrediction()).isNull();
        assertThat(pipeline.enrich(event("e2", "described", described)).genrePrediction().source()).isEqualTo(Source.CATALOG);
        await(() -> llm.find("bare") != null);

        Enrichment later = pipeline.enrich(event("e3", "bare", null));
        assertThat(later.genrePrediction().source()).isEqualTo(Source.LLM);
        assertThat(later.genrePrediction().top().genre()).isEqualTo("jazz");
        assertThat(pipeline.enrich(event("e4", "described", null)).moodAnalysis().source()).isEqualTo(Source.FEATURES);
        assertThat(claude.calls()).hasSize(1);
        assertThat(claude.calls().get(0).tracks()).hasSize(1);
    }

    private static ListenEvent event(String id, String trackId, TrackMetadata meta) {
        Instant t = Instant.parse("2025-03-01T18:00:00Z");
        return new ListenEvent(id, EventType.PLAY, "u1", trackId, t, t, Platform.SPOTIFY, null, "s1", null, null, null,
                null, null, meta);
    }

    private LlmSettings settings(int batch, int perMinute) {
        return new LlmSettings(FakeClaude.KEY, "claude-test", claude.baseUrl(), 1.0, perMinute, 1, 5, batch,
                Duration.ofSeconds(30), 1_000);
    }

    private LlmInsights open(LlmSettings settings) {
        LlmInsights llm = new LlmInsights(settings, store, CLOCK);
        opened.add(llm);
        return llm;
    }

    private static Track unknown(String id, String title) {
        return new Track(id, title, "Artist", "Album", null, List.of(), AudioFeatures.NONE);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out waiting").isLessThan(deadline);
            pause(Duration.ofMillis(20));
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
