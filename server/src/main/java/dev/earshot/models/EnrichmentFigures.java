package dev.earshot.models;

import dev.earshot.eval.EnrichmentEvaluation;
import dev.earshot.eval.GenreEvaluationReport;
import java.time.Instant;
import java.util.List;

/**
 * The local models' accuracy against the simulator's ground truth, each beside a majority-class baseline, as
 * GET /v1/models shows it. {@code dataset} says which simulated world they were measured on: these are
 * figures for the models, not for the listeners in this warehouse, whose true moods nobody knows.
 */
public record EnrichmentFigures(Instant evaluatedAt, String modelVersion, String dataset, double genreAccuracy,
                                double genreBaseline, List<GenreBucket> genreByListeners, double moodAccuracy,
                                double moodBaseline, double contextAccuracy, double contextBaseline) {

    /** Genre of catalog-less tracks with this many co-listeners. */
    public record GenreBucket(String listeners, int tracks, double accuracy, double baseline) {
    }

    static EnrichmentFigures of(Instant at, String version, String dataset, GenreEvaluationReport genres,
                                EnrichmentEvaluation.Figures features) {
        GenreEvaluationReport.Bucket all = genres.bucket("all >=1");
        List<GenreBucket> buckets = genres.buckets().stream().filter(b -> b.minListeners() > 0 && b != all)
                .map(b -> new GenreBucket(b.label(), b.tracks(), b.accuracy(), b.baselineAccuracy())).toList();
        return new EnrichmentFigures(at, version, dataset, all.accuracy(), all.baselineAccuracy(), buckets,
                features.moodAccuracy(), features.moodBaseline(), features.contextAccuracy(), features.contextBaseline());
    }
}
