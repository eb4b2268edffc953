package dev.earshot.models;

import dev.earshot.enrich.ModelSnapshot;
import dev.earshot.enrich.CoListeningCounts;
import dev.earshot.enrich.EnrichmentPipeline;
import dev.earshot.enrich.ItemItemSimilarity;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the co-listening model (genres of catalog-less tracks, similar tracks) from the listening of the model
 * window ({@link ListeningFold}, which reads only what changed since the last fold), and swaps it into the ingest
 * pipeline. Runs on a schedule and on demand; one rebuild at a time, while ingest keeps using the previous model.
 */
public final class ModelRebuilder implements CoListening {
    private static final Logger LOG = LoggerFactory.getLogger(ModelRebuilder.class);
    static final int NEIGHBOURS = 50;

    private final ListeningFold listening;
    private final EnrichmentPipeline pipeline;
    private final Clock clock;

    public ModelRebuilder(ListeningFold listening, EnrichmentPipeline pipeline, Clock clock) {
        this.listening = listening;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    /** What one rebuild read and made, and when it finished. */
    public record Report(Instant builtAt, long events, int tracks, long millis) {
    }

    private volatile Report last;

    @Override
    public Report last() {
        return last;
    }

    /**
     * The catalog and co-listening model ingest enriches with now, with the enrichers' model version, for the
     * stream job ({@code earshot models export}).
     */
    @Override
    public byte[] snapshot() {
        return ModelSnapshot.export(pipeline);
    }

    @Override
    public List<String> similarTo(String trackId) {
        return pipeline.similarTo(trackId);
    }

    @Override
    public synchronized Report rebuild() {
        long start = System.nanoTime();
        CoListeningCounts counts = new CoListeningCounts();
        ListeningFold.Listening window = listening.current();
        window.forEach((user, track, weight, events) -> counts.add(user, track, weight));
        ItemItemSimilarity similarity = counts.fit(NEIGHBOURS);
        pipeline.useSimilarity(similarity);
        Report report = new Report(clock.instant(), window.events(), similarity.trackIds().size(),
                (System.nanoTime() - start) / 1_000_000);
        last = report;
        LOG.info("co-listening model rebuilt from {} events over {} tracks in {} ms", report.events(), report.tracks(),
                report.millis());
        return report;
    }
}
