package dev.earshot.importjobs;

import dev.earshot.event.ValidationRules;
import dev.earshot.imports.ImportFormat;
import dev.earshot.imports.ImportSummary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.imports.Readers;
import dev.earshot.support.Pipeline;
import dev.earshot.testkit.MutableClock;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports through the real writer into a real file, with a made-up format posing as two sources. */
class ImportServiceTest {
    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;
    Pipeline pipeline;
    ImportService imports;

    @BeforeEach
    void start() {
        MutableClock clock = new MutableClock(NOW);
        pipeline = new Pipeline(dir.resolve("earshot.duckdb"), clock);
        imports = new ImportService(new Readers(List.of(new TinyReader(ImportFormat.SPOTIFY_EXTENDED, ".stiny"),
                new TinyReader(ImportFormat.LASTFM_CSV, ".ltiny"))), pipeline.ingest, pipeline.warehouse,
                pipeline.warehouse, pipeline.warehouse::upsertTracks, () -> { }, ValidationRules.DEFAULT,
                dev.earshot.auth.Pseudonyms.off(), clock);
    }

    @AfterEach
    void stop() {
        imports.close();
        pipeline.close();
    }

    @Test
    void aListenBecomesAPlayAtItsStartAndASkipOrCompleteAtItsEnd() throws IOException {
        ImportSummary s = run(file("a.stiny", "Queen|Bohemian Rhapsody|2024-03-01T10:00:00Z|354000|false|GB",
                "Queen|Under Pressure|2024-03-01T10:06:00Z|20000|true|", "Queen|Radio Ga Ga|2024-03-01T10:07:00Z||",
                "Queen|Innuendo|2024-03-01T10:08:00Z|60000||"));

        assertThat(s.imported()).isEqualTo(4);
        assertThat(s.read()).isEqualTo(4);
        assertThat(rows("SELECT event_type || ' ' || strftime(ts, '%H:%M:%S') || ' ' || coalesce(ms_played::VARCHAR, '-')"
                + " || ' ' || coalesce(country, '-') FROM events ORDER BY ts, event_type")).containsExactly(
                "play 10:00:00 - GB", "complete 10:05:54 354000 GB", "play 10:06:00 - -", "skip 10:06:20 20000 -",
                "play 10:07:00 - -", "play 10:08:00 60000 -");
        assertThat(rows("SELECT title || ' by ' || artist FROM tracks ORDER BY title")).containsExactly(
                "Bohemian Rhapsody by Queen", "Innuendo by Queen", "Radio Ga Ga by Queen", "Under Pressure by Queen");
    }

    @Test
    void aSkipAfterAnUnknownTimeIsAPlayAndASkipAtOnce() throws IOException {
        run(file("a.stiny", "Queen|Bohemian Rhapsody|2024-03-01T10:00:00Z||true|"));

        assertThat(rows("SELECT event_type || ' ' || strftime(ts, '%H:%M:%S') || ' ' || coalesce(ms_played::VARCHAR, '-')"
                + " FROM events ORDER BY event_type")).containsExactly("play 10:00:00 -", "skip 10:00:00 -");
    }

    @Test
    void importingTheSameFileAgainAddsNothing() throws IOException {
        Path f = file("a.stiny", "Queen|Bohemian Rhapsody|2024-03-01T10:00:00Z|354000|false|",
                "Queen|Under Pressure|2024-03-01T10:06:00Z|20000|true|");
        run(f);
        ImportSummary again = run(f);

        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(pipeline.warehouse.countEvents()).isEqualTo(4);
    }

    @Test
    void theSameListenFromTwoSourcesIsStoredOnceButTwoPlaysInARowStayTwo() throws IOException {
        run(file("spotify.stiny", "Queen|Bohemian Rhapsody|2024-03-01T10:00:00Z|354000|false|",
                "Queen|Bohemian Rhapsody|2024-03-01T10:05:55Z|354000|false|"));
        ImportSummary lastfm = run(file("lastfm.ltiny", "Queen|Bohemian Rhapsody - Remastered 2011|2024-03-01T10:00:40Z||",
                "QUEEN|Bohemian Rhapsody|2024-03-01T10:06:30Z||", "Queen|Bohemian Rhapsody|2024-03-01T12:00:00Z||"));

        assertThat(lastfm.merged()).isEqualTo(2);
        assertThat(lastfm.imported()).isEqualTo(1);
        assertThat(rows("SELECT count(*)::VARCHAR FROM events WHERE event_type = 'play'")).containsExactly("3");
    }

    @Test
    void bothSourcesGivenInOneImportMergeToo() throws IOException {
        ImportSummary s = run(file("spotify.stiny", "Queen|Bohemian Rhapsody|2024-03-01T10:00:00Z|354000|false|"),
                file("lastfm.ltiny", "Queen|Bohemian Rhapsody|2024-03-01T09:59:30Z||"));

        assertThat(s.merged()).isEqualTo(1);
        assertThat(s.imported()).isEqualTo(1);
    }

    @Test
    void aSpotifyUriAndTheArtistAndTitleNameOneTrack() throws IOException {
        run(file("spotify.stiny",
                "Queen|Bohemian Rhapsody|2024-03-01T10:00:00Z|354000|false||spotify:track:4u7EnebtmKWzUH433cf5Qv"));
        run(file("lastfm.ltiny", "Queen feat. Nobody|Bohemian Rhapsody (2011 Remaster)|2024-05-01T10:00:00Z||"));

        assertThat(rows("SELECT DISTINCT track_id FROM events")).containsExactly("spotify:track:4u7EnebtmKWzUH433cf5Qv");
    }

    @Test
    void catalogRowsGiveTheirFeaturesToTracksKnownByName() throws IOException {
        ImportSummary s = run(file("catalog.stiny", "@4u7EnebtmKWzUH433cf5Qv|Queen|Bohemian Rhapsody|0.4"),
                file("lastfm.ltiny", "Queen|Bohemian Rhapsody|2024-05-01T10:00:00Z||"));

        assertThat(s.catalogTracks()).isEqualTo(1);
        assertThat(rows("SELECT DISTINCT track_id FROM events")).containsExactly("spotify:track:4u7EnebtmKWzUH433cf5Qv");
        assertThat(rows("SELECT energy::VARCHAR || ' ' || genres[1] FROM tracks")).containsExactly("0.4 rock");
    }

    @Test
    void aHalfBrokenFileImportsItsGoodRecordsAndKeepsTheRestWithTheirReasons() throws IOException {
        ImportSummary s = run(file("a.stiny", "Queen|Bohemian Rhapsody|2024-03-01T10:00:00Z|354000|false|",
                "Queen|Broken|yesterday|1|false|", "Queen|Too Old|1999-03-01T10:00:00Z|1000|false|",
                "#podcast"));

        assertThat(s.imported()).isEqualTo(1);
        assertThat(s.read()).isEqualTo(4);
        assertThat(s.leftOut()).containsEntry("podcast", 1L);
        assertThat(s.rejectedTotal()).isEqualTo(2);
        assertThat(s.rejected()).containsEntry("start", 1L).containsEntry("timestamp", 1L);
        assertThat(s.rejections()).extracting(ImportSummary.Rejection::index).containsExactly(1L, 2L);
        assertThat(rows("SELECT kind || ' ' || idx || ' ' || (errors->>'$[0].field') || ' ' || (errors->>'$[0].message')"
                + " FROM rejected_events ORDER BY idx")).containsExactly(
                "import 1 start file 'a.stiny', record 1: not a date: 'yesterday'",
                "import 2 timestamp file 'a.stiny', record 2: 1999-03-01T10:00:00Z is before 2000-01-01T00:00:00Z");
    }

    @Test
    void aZipIsOpenedAndEachEntryRoutedThroughItsFolders() throws IOException {
        Path zip = dir.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "My Data/Streaming/one.stiny", "tiny\nQueen|Bohemian Rhapsody|2024-03-01T10:00:00Z|354000|false|\n");
            entry(out, "My Data/lastfm.ltiny", "tiny\nQueen|Under Pressure|2024-04-01T10:00:00Z||\n");
            entry(out, "My Data/ReadMe.pdf", "%PDF-1.4");
            entry(out, "__MACOSX/My Data/._one.stiny", "junk");
        }
        ImportSummary s = run(zip);

        assertThat(s.imported()).isEqualTo(2);
        assertThat(s.files()).extracting(ImportSummary.FileRead::format).containsExactly("spotify", "lastfm-csv");
        assertThat(s.unrecognised()).containsExactly("My Data/ReadMe.pdf");
    }

    @Test
    void aNamedFormatOverridesDetection() throws IOException {
        Path renamed = file("history.txt", "Queen|Bohemian Rhapsody|2024-03-01T10:00:00Z|354000|false|");
        ImportJob job = imports.runNow(new ImportRequest("ann", Optional.of(ImportFormat.LASTFM_CSV), null, false, null),
                List.of(renamed), j -> { });

        assertThat(job.status().summary().files()).extracting(ImportSummary.FileRead::format).containsExactly("lastfm-csv");
        assertThat(rows("SELECT DISTINCT user_id FROM events")).containsExactly("ann");
    }

    @Test
    void aMergeWindowOfZeroMergesNothing() throws IOException {
        run(file("spotify.stiny", "Queen|Bohemian Rhapsody|2024-03-01T10:00:00Z|354000|false|"));
        ImportJob job = imports.runNow(new ImportRequest(null, Optional.empty(), Duration.ZERO, false, null),
                List.of(file("lastfm.ltiny", "Queen|Bohemian Rhapsody|2024-03-01T10:00:00Z||")), j -> { });

        assertThat(job.status().summary().merged()).isZero();
        assertThat(job.status().summary().imported()).isEqualTo(1);
    }

    private ImportSummary run(Path... files) {
        ImportJob job = imports.runNow(new ImportRequest(null, Optional.empty(), null, false, null), List.of(files),
                j -> { });
        assertThat(job.status().error()).isNull();
        assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
        return job.status().summary();
    }

    private Path file(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "tiny\n" + String.join("\n", lines) + "\n");
        return p;
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private List<String> rows(String sql) {
        return pipeline.warehouse.read(conn -> {
            List<String> out = new ArrayList<>();
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
