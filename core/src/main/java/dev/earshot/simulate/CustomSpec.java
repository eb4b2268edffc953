package dev.earshot.simulate;

/**
 * A custom scenario as a small JSON file describes it. {@code users}, {@code days} and {@code inlineMetadata}
 * are null when the file leaves them to the command line; mixes are indexed by enum ordinal.
 */
public record CustomSpec(Integer users, Integer days, double[] genreMix, double[] platformMix, double rate,
                         Boolean inlineMetadata) {
}
