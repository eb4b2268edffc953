package dev.earshot.enrich;

/** One genre and its probability, as the wire's {"genre": "rock", "p": 0.78}. */
public record GenreProbability(String genre, double p) {
}
