package dev.earshot.imports;

import java.util.Arrays;
import java.util.Optional;

/** Every export format Earshot reads, by the name a user gives on the command line or in the upload form. */
public enum ImportFormat {
    SPOTIFY_EXTENDED("spotify", "Spotify Extended Streaming History (Streaming_History_Audio_*.json, endsong_*.json)"),
    SPOTIFY_ACCOUNT("spotify-account", "Spotify account data (StreamingHistory*.json)"),
    LISTENBRAINZ("listenbrainz", "ListenBrainz export (zip with listens/YYYY/M.jsonl, or one JSON array)"),
    LASTFM_CSV("lastfm-csv", "Last.fm CSV of lastfm-to-csv (artist,album,title,date; no header)"),
    LASTFM_GHAN("lastfm-ghan", "Last.fm export of lastfm.ghan.nl (CSV with a uts column, or JSON)"),
    LASTFM_RECENT_TRACKS("lastfm-api", "Last.fm user.getRecentTracks JSON pages"),
    LIBREFM("librefm", "Libre.fm CSV export"),
    MALOJA("maloja", "Maloja export JSON"),
    SCROBBLER_LOG("scrobbler-log", "Rockbox .scrobbler.log"),
    APPLE_MUSIC("apple-music", "Apple Music Play Activity CSV (Apple's privacy download)"),
    YOUTUBE_MUSIC("youtube-music", "YouTube Music watch-history.json from Google Takeout"),
    CATALOG_CSV("catalog", "Catalog CSV with audio features (track_id, artists, track_name, … track_genre)");

    private final String wire;
    private final String description;

    ImportFormat(String wire, String description) {
        this.wire = wire;
        this.description = description;
    }

    public String wire() {
        return wire;
    }

    public String description() {
        return description;
    }

    public static Optional<ImportFormat> fromWire(String name) {
        return Arrays.stream(values()).filter(f -> f.wire.equalsIgnoreCase(name)).findFirst();
    }
}
