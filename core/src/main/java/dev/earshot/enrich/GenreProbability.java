package dev.earshot.enrich;

/** One genre and how likely it is (0..1), as in the enriched form's {@code genre_prediction.genres}. */
public record GenreProbability(String genre, double p) {
    public GenreProbability {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be within 0..1, got " + p);
        }
    }
}
