package dev.earshot.enrich;

import java.util.List;

/**
 * The insight stored beside one event (DESIGN §2, "enrichments"). Each part is null when it is unknown;
 * {@code similarTracks} is null when not computed, and empty when computed and none were found.
 */
public record Enrichment(MoodAnalysis moodAnalysis, GenrePrediction genrePrediction,
                         ListeningContextInsight listeningContext, List<String> similarTracks,
                         double engagementScore, String modelVersion) {

    public Enrichment {
        similarTracks = similarTracks == null ? null : List.copyOf(similarTracks);
    }
}
