package dev.earshot.enrich.llm;

import dev.earshot.catalog.Track;
import dev.earshot.enrich.Enrichment;
import dev.earshot.enrich.GenrePrediction;
import dev.earshot.enrich.MoodAnalysis;
import dev.earshot.enrich.Source;
import dev.earshot.threads.Threads;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The optional Claude provider, for tracks the catalog does not describe: their genres and mood, asked once
 * per track (never per event), in batches, by a background thread.
 *
 * <p>Ingestion only ever reads the cache ({@link #complete}): a track without an answer is queued (bounded,
 * each track once) and its event keeps the local answer; a later event of the track picks up Claude's. So
 * Claude can neither block nor slow ingestion, and when it fails, is slow or the budget is spent, the local
 * models simply go on answering.
 *
 * <p>How the answer is kept honest: Claude may only answer with our genre and mood labels (the request's
 * schema says so and {@link InsightParser} refuses anything else, and a mood that contradicts its own valence
 * and arousal); it is told to say when it does not know a recording rather than guess, and such tracks get
 * nothing from it; its answers carry source {@code llm} and read as less sure than the catalog
 * ({@link TrackInsight}); and it never overrides facts: catalog genres beat its genres, measured audio features
 * beat its mood. It does replace what is only inferred locally (neighbour votes, genre priors), since it names
 * the track itself where those guess from the company it keeps.
 */
public final class LlmInsights implements AutoCloseable {
    /** Tracks remembered as having no usable answer; past this the memory starts over. */
    static final int MAX_REFUSED = 100_000;

    private final Map<String, TrackInsight> answers = new ConcurrentHashMap<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final InsightQueue queue;
    private final ClaudeMessages claude;
    private final CostBudget budget;
    private final InsightWorker worker;
    private final Thread thread;

    /** Loads the answers kept so far; nothing is asked until {@link #start()}. */
    public LlmInsights(LlmSettings settings, InsightStore store, Clock clock) {
        store.loadAll().forEach(i -> answers.put(i.trackId(), i));
        this.queue = new InsightQueue(settings.queueCapacity());
        this.claude = new ClaudeMessages(settings);
        this.budget = new CostBudget(settings.budgetUsdPerDay(), settings.inputUsdPerMTok(),
                settings.outputUsdPerMTok(), clock);
        this.worker = new InsightWorker(settings, queue, claude, store, budget, clock, this::remember, this::refuse);
        this.thread = Threads.create("earshot-llm", true, worker);
    }

    public LlmInsights start() {
        thread.start();
        return this;
    }

    /**
     * The local enrichment of an event of {@code track}, with Claude's genres where the catalog has none and
     * its mood where audio features were not measured, once Claude has answered for the track; until then the
     * local enrichment as it is, and the track is queued to be asked about.
     */
    public Enrichment complete(Track track, Enrichment local) {
        GenrePrediction genre = local.genrePrediction();
        MoodAnalysis mood = local.moodAnalysis();
        boolean genreKnown = genre != null && genre.source() == Source.CATALOG;
        boolean moodMeasured = mood != null && mood.source() == Source.FEATURES;
        if (track == null || genreKnown && moodMeasured) {
            return local;
        }
        TrackInsight insight = answers.get(track.id());
        if (insight == null) {
            ask(track);
            return local;
        }
        return new Enrichment(moodMeasured ? mood : insight.moodAnalysis(),
                genreKnown ? genre : insight.genrePrediction(), local.listeningContext(), local.similarTracks(),
                local.engagementScore(), local.modelVersion());
    }

    /** Claude's checked answer for the track, or null when there is none (yet). */
    public TrackInsight find(String trackId) {
        return answers.get(trackId);
    }

    /** What Claude cost today (UTC), estimated from the usage it reported. */
    public double spentUsdToday() {
        return budget.spentToday();
    }

    /** What Claude cost since this process started. */
    public double spentUsdTotal() {
        return budget.spentTotal();
    }

    /** Calls made to Claude so far, failed ones included. */
    public long calls() {
        return worker.calls();
    }

    public int answeredTracks() {
        return answers.size();
    }

    private void ask(Track track) {
        if (refused.contains(track.id())) {
            return;
        }
        TrackQuestion q = TrackQuestion.of(track);
        if (q != null) {
            queue.offer(q);
        }
    }

    private void remember(List<TrackInsight> insights) {
        insights.forEach(i -> answers.put(i.trackId(), i));
    }

    private void refuse(Map<String, String> unanswered) {
        if (refused.size() + unanswered.size() > MAX_REFUSED) {
            refused.clear();
        }
        refused.addAll(unanswered.keySet());
    }

    /** Stops the worker (a call in flight is abandoned; its tracks are asked again after a restart). */
    @Override
    public void close() {
        worker.stop();
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        claude.close();
    }
}
