package dev.earshot.stream;

/** One play counted under one dimension ({@code track}, {@code artist} or {@code genre}) and its value. */
public record DimensionPlay(String dimension, String key, String userId, long timestampMillis) {
    public String groupKey() {
        return dimension + '\u0000' + key;
    }
}
