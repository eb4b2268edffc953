package dev.earshot.recommendations;

/** A track's title and artist as the catalog has them; either may be null when no event described the track. */
record TrackTitle(String title, String artist) {
}
