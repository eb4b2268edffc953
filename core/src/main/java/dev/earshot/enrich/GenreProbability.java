package dev.earshot.enrich;

/** One genre and how likely it is (0..1), as the wire's {@code {"genre": "rock", "p": 0.78}}. */
public record GenreProbability(String genre, double p) {
    public GenreProbability {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be within 0..1, got " + p);
        }
    }
}
