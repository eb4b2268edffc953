package dev.earshot.segments;

/**
 * A named segment for a campaign. The rule is data; when {@code fansOfTopArtist} is set its artist is the
 * most played artist of the range, filled in at query time by {@link Presets#resolve}.
 */
public record Preset(String id, String name, String description, Rule rule, boolean fansOfTopArtist) {
}
