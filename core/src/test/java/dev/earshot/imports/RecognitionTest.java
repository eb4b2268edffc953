package dev.earshot.imports;

import static dev.earshot.imports.ImportCapture.entry;
import static dev.earshot.imports.ImportCapture.head;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each fixture is recognised, from its name and head, by its own reader and by no other of these readers. */
class RecognitionTest {
    /** Every reader there is: a file must be recognised by one at most, whatever order a detector asks them in. */
    private static final List<ExportReader> READERS = List.of(new ListenBrainzReader(), new LastfmCsvReader(),
            new LastfmGhanReader(), new LastfmRecentTracksReader(), new LibrefmReader(), new MalojaReader(),
            new ScrobblerLogReader(), new CatalogCsvReader(), new SpotifyExtendedReader(), new SpotifyAccountReader(),
            new AppleMusicReader(), new YouTubeMusicReader());

    @ParameterizedTest
    @CsvSource({
            "listenbrainz/listens/2021/4.jsonl, LISTENBRAINZ",
            "listenbrainz/listens/2021/5.jsonl, LISTENBRAINZ",
            "listenbrainz/lucifer_lb-2020-11-05.json, LISTENBRAINZ",
            "lastfm-csv/benjaminbenben.csv, LASTFM_CSV",
            "lastfm-ghan/recenttracks-benjaminbenben-1612097000.csv, LASTFM_GHAN",
            "lastfm-ghan/recenttracks-benjaminbenben-1612097000.json, LASTFM_GHAN",
            "lastfm-api/recenttracks-page-1.json, LASTFM_RECENT_TRACKS",
            "lastfm-api/recenttracks-page-2-extended.json, LASTFM_RECENT_TRACKS",
            "librefm/librefm-export.csv, LIBREFM",
            "librefm/librefm-userid.csv, LIBREFM",
            "maloja/maloja_export_2025_10_21_08_33_13.json, MALOJA",
            "scrobbler-log/unknown-tz/.scrobbler.log, SCROBBLER_LOG",
            "scrobbler-log/utc/.scrobbler.log, SCROBBLER_LOG",
            "catalog/dataset.csv, CATALOG_CSV"})
    void recognisedByItsOwnReaderOnly(String resource, ImportFormat format) {
        ExportEntry e = entry(resource);
        String head = head(e);
        List<ImportFormat> by = READERS.stream().filter(r -> r.recognises(Export.baseName(e.name()), head))
                .map(ExportReader::format).toList();
        assertThat(by).containsExactly(format);
    }

    @ParameterizedTest
    @CsvSource({
            "spotify/endsong_0.json", "spotify/Streaming_History_Video_2023-2024.json",
            "spotify/Streaming_History_Audio_2024_4.json", "spotify/Streaming_History_Audio_2023-2024_3.json",
            "spotify-account/StreamingHistory_music_0.json", "spotify-account/StreamingHistory0.json",
            "spotify-account/StreamingHistory_podcast_0.json", "youtube-music/watch-history.json",
            "youtube-music/wiedergabeverlauf.json", "apple-music/newer/Apple Music Play Activity.csv",
            "apple-music/older/Apple Music Play Activity.csv",
            "apple-music/newer/Apple Music - Play History Daily Tracks.csv",
            "apple-music/newer/Apple Music Library Tracks.json"})
    void theOtherServicesFilesAreNotTakenByTheScrobbleReaders(String resource) {
        ExportEntry e = entry(resource);
        String head = head(e);
        List<ImportFormat> by = READERS.stream().filter(r -> r.recognises(Export.baseName(e.name()), head))
                .map(ExportReader::format).toList();
        assertThat(by).hasSizeLessThanOrEqualTo(1)
                .allMatch(f -> f.name().startsWith("SPOTIFY") || f == ImportFormat.APPLE_MUSIC || f == ImportFormat.YOUTUBE_MUSIC);
    }

    @Test
    void filesThatAreNotListensAreNotRecognised() {
        for (String resource : List.of("listenbrainz/user.json", "listenbrainz/feedback.jsonl")) {
            ExportEntry e = entry(resource);
            String head = head(e);
            assertThat(READERS).noneMatch(r -> r.recognises(Export.baseName(e.name()), head));
        }
    }
}
