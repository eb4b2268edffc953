package dev.earshot.eval;

import java.util.HashMap;
import java.util.Map;

/** Counts predictions against truths: accuracy, coverage, and the majority-class baseline of the truths. */
final class Tally {
    private final Map<String, Long> truths = new HashMap<>();
    private long total;
    private long answered;
    private long correct;

    /** {@code predicted} is null when the model said nothing; that counts as wrong. */
    void add(String predicted, String truth) {
        total++;
        truths.merge(truth, 1L, Long::sum);
        if (predicted != null) {
            answered++;
            if (predicted.equals(truth)) {
                correct++;
            }
        }
    }

    double accuracy() {
        return share(correct);
    }

    double coverage() {
        return share(answered);
    }

    /** The accuracy of always answering the most common truth. */
    double majorityBaseline() {
        return share(truths.values().stream().mapToLong(Long::longValue).max().orElse(0));
    }

    private double share(long n) {
        return total == 0 ? 0 : n / (double) total;
    }
}
