package dev.earshot.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming services' exports (Spotify, Apple Music, YouTube Music) are each recognised by their own
 * reader among all of them, and the scrobblers' exports by none of these four, so a file given without a
 * format is routed right.
 */
class StreamingServiceRecognitionTest {
    private static final List<ExportReader> ALL = List.of(new SpotifyExtendedReader(), new SpotifyAccountReader(),
            new AppleMusicReader(), new YouTubeMusicReader(), new ListenBrainzReader(), new LastfmCsvReader(),
            new LastfmGhanReader(), new LastfmRecentTracksReader(), new LibrefmReader(), new MalojaReader(),
            new ScrobblerLogReader(), new CatalogCsvReader());
    private static final List<ExportReader> MINE = ALL.subList(0, 4);

    @ParameterizedTest
    @CsvSource({
            "spotify/endsong_0.json, SPOTIFY_EXTENDED",
            "spotify/Streaming_History_Audio_2023-2024_3.json, SPOTIFY_EXTENDED",
            "spotify/Streaming_History_Audio_2024_4.json, SPOTIFY_EXTENDED",
            "spotify/Streaming_History_Video_2023-2024.json, SPOTIFY_EXTENDED",
            "spotify-account/StreamingHistory0.json, SPOTIFY_ACCOUNT",
            "spotify-account/StreamingHistory_music_0.json, SPOTIFY_ACCOUNT",
            "spotify-account/StreamingHistory_podcast_0.json, SPOTIFY_ACCOUNT",
            "apple-music/newer/Apple Music Play Activity.csv, APPLE_MUSIC",
            "apple-music/older/Apple Music Play Activity.csv, APPLE_MUSIC",
            "youtube-music/watch-history.json, YOUTUBE_MUSIC",
            "youtube-music/wiedergabeverlauf.json, YOUTUBE_MUSIC"})
    void recognisedByItsOwnReaderOnly(String fixture, ImportFormat format) {
        assertEquals(List.of(format), recognising(ALL, Export.baseName(fixture), ImportCapture.head(fixture)));
        // Renamed, by its content alone, too.
        assertEquals(List.of(format), recognising(ALL, "renamed.data", ImportCapture.head(fixture)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"apple-music/newer/Apple Music - Play History Daily Tracks.csv",
            "apple-music/newer/Apple Music Library Tracks.json", "apple-music/library-csv/Apple Music Library Tracks.csv"})
    void appleCompanionFilesAreNotListenFiles(String fixture) {
        assertEquals(List.of(), recognising(ALL, Export.baseName(fixture), ImportCapture.head(fixture)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"listenbrainz/listens/2021/4.jsonl", "listenbrainz/lucifer_lb-2020-11-05.json",
            "lastfm-csv/benjaminbenben.csv", "lastfm-ghan/recenttracks-benjaminbenben-1612097000.csv",
            "lastfm-ghan/recenttracks-benjaminbenben-1612097000.json", "lastfm-api/recenttracks-page-1.json",
            "librefm/librefm-export.csv", "maloja/maloja_export_2025_10_21_08_33_13.json",
            "scrobbler-log/utc/.scrobbler.log", "catalog/dataset.csv"})
    void scrobblerExportsAreNotTakenForStreamingServiceExports(String fixture) {
        assertEquals(List.of(), recognising(MINE, Export.baseName(fixture), ImportCapture.head(fixture)));
    }

    @Test
    void everyFormatHasAReader() {
        assertEquals(List.of(ImportFormat.values()), ALL.stream().map(ExportReader::format).sorted().toList());
    }

    private static List<ImportFormat> recognising(List<ExportReader> readers, String baseName, String head) {
        return readers.stream().filter(r -> r.recognises(baseName, head)).map(ExportReader::format).toList();
    }
}
