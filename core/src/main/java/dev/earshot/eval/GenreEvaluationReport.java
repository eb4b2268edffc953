package dev.earshot.eval;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What {@link GenreEvaluation} measured: top-1 accuracy on catalog-less tracks by how many listeners they
 * had, beside always answering the majority genre, plus build and query cost.
 */
public record GenreEvaluationReport(List<Bucket> buckets, String majorityGenre, long events, int tracks,
                                    Duration countTime, Duration fitTime, double microsPerQuery,
                                    SimilarCheck similar) {

    /** Similar tracks asked of the hidden tracks: time per query and the share of answers in the same true genre. */
    public record SimilarCheck(double microsPerQuery, double sameGenre) {
    }

    /**
     * Hidden tracks with {@code minListeners..maxListeners} listeners. Tracks without a prediction count as
     * wrong; {@code confidence} is the mean top probability of those predicted, to set beside accuracy.
     */
    public record Bucket(String label, int minListeners, int maxListeners, int tracks, int predicted, int correct,
                         int baselineCorrect, double confidenceSum) {

        boolean holds(int listeners) {
            return listeners >= minListeners && listeners <= maxListeners;
        }

        Bucket with(boolean predicted, boolean correct, boolean baselineCorrect, double confidence) {
            return new Bucket(label, minListeners, maxListeners, tracks + 1, this.predicted + (predicted ? 1 : 0),
                    this.correct + (correct ? 1 : 0), this.baselineCorrect + (baselineCorrect ? 1 : 0),
                    confidenceSum + confidence);
        }

        public double accuracy() {
            return tracks == 0 ? Double.NaN : (double) correct / tracks;
        }

        public double baselineAccuracy() {
            return tracks == 0 ? Double.NaN : (double) baselineCorrect / tracks;
        }

        public double meanConfidence() {
            return predicted == 0 ? Double.NaN : confidenceSum / predicted;
        }
    }

    public Bucket bucket(String label) {
        return buckets.stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow();
    }

    public String format() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "events %,d, tracks seen %,d; count %d ms, fit %d ms; %.1f µs per genre query; baseline: always '%s'%n",
                events, tracks, countTime.toMillis(), fitTime.toMillis(), microsPerQuery, majorityGenre));
        s.append(String.format(Locale.ROOT, "%-12s %7s %9s %9s %9s %10s%n",
                "listeners", "tracks", "predicted", "accuracy", "baseline", "mean top p"));
        for (Bucket b : buckets) {
            s.append(String.format(Locale.ROOT, "%-12s %7d %9d %8.1f%% %8.1f%% %10.2f%n", b.label(), b.tracks(),
                    b.predicted(), 100 * b.accuracy(), 100 * b.baselineAccuracy(), b.meanConfidence()));
        }
        s.append(String.format(Locale.ROOT, "similar tracks: %.1f µs per query; %.1f%% of answers share the true genre%n",
                similar.microsPerQuery(), 100 * similar.sameGenre()));
        return s.toString();
    }
}
