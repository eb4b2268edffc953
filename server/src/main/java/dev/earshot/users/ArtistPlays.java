package dev.earshot.users;

/** An artist in a listener's top list: plays and minutes listened. */
public record ArtistPlays(String artist, long plays, double minutes) {
}
