package dev.earshot.eval;

import dev.earshot.enrich.GenrePrediction;
import java.util.ArrayList;
import java.util.List;

/** Tallies predictions of hidden tracks into listener-count buckets, beside the majority-genre baseline. */
final class GenreScoring {
    private final String majority;
    private final List<GenreEvaluationReport.Bucket> buckets = new ArrayList<>(List.of(
            bucket("1-4", 1, 4), bucket("5-19", 5, 19), bucket(">=20", 20, Integer.MAX_VALUE),
            bucket("all >=1", 1, Integer.MAX_VALUE), bucket("unheard", 0, 0)));

    GenreScoring(String majority) {
        this.majority = majority;
    }

    void score(int listeners, String truth, GenrePrediction prediction) {
        boolean correct = prediction != null && prediction.top().genre().equals(truth);
        double confidence = prediction == null ? 0 : prediction.top().p();
        for (int i = 0; i < buckets.size(); i++) {
            if (buckets.get(i).holds(listeners)) {
                buckets.set(i, buckets.get(i).with(prediction != null, correct, majority.equals(truth), confidence));
            }
        }
    }

    String majority() {
        return majority;
    }

    List<GenreEvaluationReport.Bucket> buckets() {
        return List.copyOf(buckets);
    }

    private static GenreEvaluationReport.Bucket bucket(String label, int min, int max) {
        return new GenreEvaluationReport.Bucket(label, min, max, 0, 0, 0, 0, 0);
    }
}
