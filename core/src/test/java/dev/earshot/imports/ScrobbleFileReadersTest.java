package dev.earshot.imports;

import static dev.earshot.imports.ImportCapture.entry;
import static dev.earshot.imports.ImportCapture.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Libre.fm's CSV, Maloja's JSON and Rockbox's .scrobbler.log, each from a fixture in the public format. */
class ScrobbleFileReadersTest {
    @Test
    void librefmExportInUtf7WithItsCommentLines() throws IOException {
        ImportCapture sink = read(new LibrefmReader(), entry("librefm/librefm-export.csv"));

        assertThat(sink.listens).extracting(ImportedListen::artist, ImportedListen::title, ImportedListen::album, ImportedListen::startedAt)
                .containsExactly(
                        tuple("The Horrors", "New Ice Age", "Primary Colours", Instant.ofEpochSecond(1690347960)),
                        tuple("Sweet Garden", "Altered State", null, Instant.ofEpochSecond(1690348225)),
                        tuple("Sigur Rós", "Hoppípolla", "Takk...", Instant.ofEpochSecond(1690349000)),
                        tuple("Crosby, Stills & Nash", "Helplessly Hoping", "Crosby Stills & Nash", Instant.ofEpochSecond(1690350000)),
                        tuple("Björk", "Jóga", "Homogenic", Instant.ofEpochSecond(1690351200)));
        assertThat(sink.listens).allSatisfy(l -> assertThat(l.source()).isEqualTo(ImportFormat.LIBREFM));
        assertThat(sink.rejected).extracting(ImportCapture.Rejection::index, ImportCapture.Rejection::field)
                .containsExactly(tuple(5L, "Time"), tuple(6L, "Artist"));
    }

    @Test
    void librefmColumnsAreFoundByNameWhateverTheirCaseAndOrder() throws IOException {
        ImportCapture sink = read(new LibrefmReader(), entry("librefm/librefm-userid.csv"));
        assertThat(sink.listens).extracting(ImportedListen::artist, ImportedListen::title, ImportedListen::album)
                .containsExactly(tuple("The Horrors", "New Ice Age", "Primary Colours"),
                        tuple("Vega Trails", "Old Friend; The Sea", "Sierra Tracks"));
        assertThat(sink.rejected).extracting(ImportCapture.Rejection::index, ImportCapture.Rejection::field)
                .containsExactly(tuple(2L, "record"));
    }

    @Test
    void malojaExportKeepsEveryArtistLengthAndPlayedTime() throws IOException {
        ImportCapture sink = read(new MalojaReader(), entry("maloja/maloja_export_2025_10_21_08_33_13.json"));

        assertThat(sink.listens).extracting(ImportedListen::artist, ImportedListen::title, ImportedListen::album,
                        ImportedListen::durationMs, ImportedListen::msPlayed)
                .containsExactly(
                        tuple("Alabaster Deplume", "Not Now, Jesus", "To Cy & Lee: Instrumentals Vol. 1", 220_000L, null),
                        tuple("Vega Trails", "Old Friend; The Sea", "Sierra Tracks", null, 245_000L),
                        tuple("Dua Lipa, DaBaby", "Levitating", "Future Nostalgia", 203_000L, 199_000L),
                        tuple("Khruangbin", "Time (You and I)", null, null, null));
        assertThat(sink.listens.get(0).startedAt()).isEqualTo(Instant.parse("2025-10-15T12:50:13Z"));
        assertThat(sink.listens.get(0).recordKey()).isEqualTo("1760532613");
        assertThat(sink.rejected).extracting(ImportCapture.Rejection::index, ImportCapture.Rejection::field)
                .containsExactly(tuple(4L, "track.title"), tuple(5L, "track.artists"), tuple(6L, "time"), tuple(7L, "duration"));
    }

    @Test
    void rockboxLogWithUnknownZoneIsReadInTheImportersZoneAndSkipsStaySkips() throws IOException {
        ImportOptions berlin = new ImportOptions(false, ZoneId.of("Europe/Berlin"));
        ImportCapture sink = read(new ScrobblerLogReader(), entry("scrobbler-log/unknown-tz/.scrobbler.log"), berlin);

        assertThat(sink.listens).extracting(ImportedListen::artist, ImportedListen::title, ImportedListen::skipped, ImportedListen::durationMs)
                .containsExactly(
                        tuple("Metallica", "Enter Sandman", false, 365_000L),
                        tuple("Portishead", "Cowboys", true, 312_000L),
                        tuple("Portishead", "The Pusher", false, 264_000L),
                        tuple(null, "Unknown Song.mp3", false, 180_000L),
                        tuple("Björk", "Jóga", false, 305_000L));
        // 1143374412 is the player's wall clock, 2006-03-26 12:00:12, the day Berlin moved to summer time (+02:00).
        assertThat(sink.listens.get(0).startedAt()).isEqualTo(Instant.parse("2006-03-26T10:00:12Z"));
        assertThat(sink.listens.get(0).ids().recordingMbid()).isEqualTo("62c2e20a-559e-422f-a44c-9afa7882f0c4");
        assertThat(sink.listens.get(1).msPlayed()).as("an S line says under half, not how long").isNull();
        assertThat(sink.listens.get(4).ids().recordingMbid()).isNull();
        assertThat(sink.rejected).extracting(ImportCapture.Rejection::index, ImportCapture.Rejection::field)
                .containsExactly(tuple(4L, "rating"), tuple(5L, "record"));
    }

    @Test
    void rockboxLogInUtcIgnoresTheImportersZoneAndSurvivesBadBytes() throws IOException {
        ImportOptions tokyo = new ImportOptions(false, ZoneId.of("Asia/Tokyo"));
        ImportCapture sink = read(new ScrobblerLogReader(), entry("scrobbler-log/utc/.scrobbler.log"), tokyo);
        assertThat(sink.listens).extracting(ImportedListen::startedAt, ImportedListen::skipped)
                .containsExactly(tuple(Instant.ofEpochSecond(1700000000), false), tuple(Instant.ofEpochSecond(1700000270), true));
        assertThat(sink.listens.get(1).title()).isEqualTo("Gl\uFFFDs\uFFFDli");
        assertThat(sink.rejected).isEmpty();
    }

    @Test
    void catalogRowsBecomeTracksWithFeaturesAndGenre() throws IOException {
        ImportCapture sink = read(new CatalogCsvReader(), entry("catalog/dataset.csv"));

        assertThat(sink.listens).isEmpty();
        assertThat(sink.catalog).extracting(ImportCapture.CatalogTrack::trackId).containsExactly(
                "5SuOikwiRyPMVoIQDJUgSV", "4qPNDBW1i3p13qLCt0Ki3A", "1iJBSr7s7jYXzM8EGcbK5b", "5vjLSffimiIP26QG5WcN2K",
                "1iJBSr7s7jYXzM8EGcbK5b", "2hETkH7cOfqmz3LqZDHZf5");
        var comedy = sink.catalog.get(0).track();
        assertThat(comedy.title()).isEqualTo("Comedy");
        assertThat(comedy.artist()).isEqualTo("Gen Hoshino");
        assertThat(comedy.album()).isEqualTo("Comedy");
        assertThat(comedy.durationMs()).isEqualTo(230_666L);
        assertThat(comedy.genres()).containsExactly("acoustic");
        assertThat(comedy.audioFeatures()).containsOnlyKeys("danceability", "energy", "key", "loudness", "mode",
                "speechiness", "acousticness", "instrumentalness", "liveness", "valence", "tempo", "time_signature");
        assertThat(comedy.audioFeatures()).containsEntry("danceability", 0.676).containsEntry("loudness", -6.746)
                .containsEntry("instrumentalness", 1.01e-06).containsEntry("tempo", 87.917).containsEntry("time_signature", 4.0);
        assertThat(sink.catalog.get(2).track().artist()).isEqualTo("Ingrid Michaelson, ZAYN");
        assertThat(sink.catalog.get(3).track().artist()).isEqualTo("Tyler, The Creator, Kali Uchis");
        // The dataset's second row of a track: both its genres, the first listed first (each listed once).
        assertThat(sink.catalog.get(4).track().genres()).containsExactly("acoustic", "pop");
        assertThat(sink.rejected).extracting(ImportCapture.Rejection::index, ImportCapture.Rejection::field)
                .containsExactly(tuple(5L, "track_name"), tuple(6L, "danceability"), tuple(8L, "record"));
    }

    @Test
    void aTrackListedUnderSeveralGenresKeepsThemAllTheMostOftenListedFirst() throws IOException {
        String header = "track_id,artists,album_name,track_name,track_genre\n";
        String csv = header + "5vjLSffimiIP26QG5WcN2K,Tyler,Flower Boy,See You Again,hip-hop\n"
                + "2hETkH7cOfqmz3LqZDHZf5,Chord Overstreet,Hold On,Hold On,acoustic\n"
                + "5vjLSffimiIP26QG5WcN2K,Tyler,Flower Boy,See You Again,r-n-b\n"
                + "5vjLSffimiIP26QG5WcN2K,Tyler,Flower Boy,See You Again,r-n-b\n"
                + "5vjLSffimiIP26QG5WcN2K,Tyler,Flower Boy,See You Again,pop\n";
        ExportEntry entry = new ExportEntry() {
            @Override
            public String name() {
                return "dataset.csv";
            }

            @Override
            public java.io.InputStream open() {
                return new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        };

        ImportCapture sink = read(new CatalogCsvReader(), entry);

        assertThat(sink.catalog).extracting(c -> c.track().genres()).containsExactly(List.of("hip-hop"),
                List.of("acoustic"), List.of("hip-hop", "r-n-b"), List.of("r-n-b", "hip-hop"),
                List.of("r-n-b", "hip-hop", "pop"));
    }
}
