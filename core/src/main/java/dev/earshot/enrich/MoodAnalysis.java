package dev.earshot.enrich;

import dev.earshot.vocab.Mood;

/** A track's mood: its quadrant, the point on the valence × arousal plane (0..1 each), and how sure we are. */
public record MoodAnalysis(Mood mood, double valence, double arousal, double confidence, Source source) {
}
