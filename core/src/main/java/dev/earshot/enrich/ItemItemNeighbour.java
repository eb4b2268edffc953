package dev.earshot.enrich;

/** A track similar to another by co-listening, with its similarity (shrunk cosine, 0..1). */
public record ItemItemNeighbour(String trackId, double similarity) {
}
