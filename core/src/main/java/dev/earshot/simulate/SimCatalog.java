package dev.earshot.simulate;

import java.util.List;

/** The simulated world's artists and tracks, with popularity-weighted draws by genre. */
public record SimCatalog(List<SimArtist> artists, List<SimTrack> tracks, TrackPools pools) {

    public List<SimArtist> emergingArtists() {
        return artists.stream().filter(SimArtist::emerging).toList();
    }
}
