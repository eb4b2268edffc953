package dev.earshot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.EarshotConfig;
import dev.earshot.cli.MultipartUpload;
import dev.earshot.support.RunningServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * POST /v1/imports and GET /v1/imports/{id} on a real server: the readers' fixture files of each format go in
 * over HTTP as a person's upload would, and come out in the counts and charts a person would check.
 */
class ImportsApiIT {
    static final Path FIXTURES = Path.of("..", "core", "src", "test", "resources", "imports");
    static final String ALL_TIME = "from=2000-01-01T00:00:00Z&to=2030-01-01T00:00:00Z";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    @RegisterExtension
    final RunningServer server = RunningServer.inTempDir();
    final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"spotify", "spotify-account", "apple-music/newer", "apple-music/older", "youtube-music",
            "listenbrainz", "lastfm-csv", "lastfm-ghan", "lastfm-api", "librefm", "maloja", "scrobbler-log/utc",
            "scrobbler-log/unknown-tz"})
    void eachFormatsExportImportsIntoTheChartsAndAgainAddsNothing(String format) throws Exception {
        List<Path> files = fixtures(format);
        JsonNode first = importAndWait(files, "user=ann");
        JsonNode s = first.get("summary");

        assertThat(first.get("state").asText()).isEqualTo("done");
        assertThat(s.get("imported").asLong()).isPositive();
        assertThat(s.get("files").size()).isPositive();
        JsonNode overview = get("/v1/analytics/overview?" + ALL_TIME + "&user=ann");
        assertThat(overview.get("plays").asLong()).isEqualTo(s.get("imported").asLong());
        assertThat(get("/v1/analytics/top-tracks?" + ALL_TIME).get("items")).isNotEmpty();
        assertThat(rejectedRows()).isEqualTo(s.get("rejected_total").asLong());

        JsonNode again = importAndWait(files, "user=ann").get("summary");
        assertThat(again.get("imported").asLong()).isZero();
        assertThat(again.get("duplicates").asLong())
                .isEqualTo(s.get("imported").asLong() + s.get("duplicates").asLong());
        assertThat(get("/v1/analytics/overview?" + ALL_TIME).get("plays").asLong()).isEqualTo(s.get("imported").asLong());
        System.out.printf("round trip %s: %s%n", format, s);
    }

    @Test
    void aCatalogCsvGivesAScrobbledSongItsSpotifyIdAndAudioFeatures() throws Exception {
        Path scrobbles = Files.writeString(dir.resolve("scrobbles.csv"), "Gen Hoshino,Comedy,Comedy,31 Jan 2021 12:34\n");
        JsonNode done = importAndWait(List.of(FIXTURES.resolve("catalog/dataset.csv"), scrobbles), "user=ann");

        assertThat(done.get("summary").get("catalog_tracks").asLong()).isPositive();
        assertThat(done.get("summary").get("imported").asLong()).as(done.toString()).isEqualTo(1);
        String row = server.earshot().warehouse() instanceof dev.earshot.store.DuckDbWarehouse w ? w.read(conn -> {
            try (var rs = conn.createStatement().executeQuery("SELECT track_id || ' ' || mood_source FROM events"
                    + " WHERE event_type = 'play'")) {
                rs.next();
                return rs.getString(1);
            }
        }) : null;
        assertThat(row).isEqualTo("spotify:track:5SuOikwiRyPMVoIQDJUgSV features");
    }

    @Test
    void aCatalogCsvTeachesTheCatalogItsTracksFeaturesAndGenres() throws Exception {
        JsonNode s = importAndWait(fixtures("catalog"), "").get("summary");

        assertThat(s.get("imported").asLong()).isZero();
        assertThat(s.get("catalog_tracks").asLong()).isEqualTo(5); // six good rows, one track listed under two genres
        assertThat(s.get("rejected_total").asLong()).isEqualTo(3);
        JsonNode comedy = get("/v1/tracks/spotify:track:5SuOikwiRyPMVoIQDJUgSV");
        assertThat(comedy.get("title").asText()).isEqualTo("Comedy");
        assertThat(comedy.get("artist").asText()).isEqualTo("Gen Hoshino");
        assertThat(comedy.get("genres").get(0).asText()).isEqualTo("acoustic");
        assertThat(comedy.get("audio_features").get("danceability").asDouble()).isEqualTo(0.676);
        assertThat(comedy.get("audio_features").get("tempo").asDouble()).isEqualTo(87.917);
    }

    @Test
    void aRawBodyWithItsNameImportsOneFile() throws Exception {
        Path file = FIXTURES.resolve("spotify-account/StreamingHistory_music_0.json");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri("/v1/imports?name=StreamingHistory_music_0.json"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(202);
        JsonNode done = waitFor(JSON.readTree(r.body()).get("id").asText());
        assertThat(done.get("summary").get("files").get(0).get("format").asText()).isEqualTo("spotify-account");
        assertThat(done.get("summary").get("imported").asLong()).isPositive();
    }

    @Test
    void refusesAnUnknownFormatAnEmptyUploadAndAnUnknownImport() throws Exception {
        HttpResponse<String> unknown = upload(fixtures("spotify"), "format=napster");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("error").get("message").asText()).contains("napster", "spotify");

        HttpResponse<String> empty = upload(List.of(), "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(empty.body()).get("error").get("code").asText()).isEqualTo("no_files");

        assertThat(server.get("/v1/imports/imp-nope").statusCode()).isEqualTo(404);
    }

    @Test
    void aFileNoReaderKnowsIsNamedInTheSummary() throws Exception {
        Path pdf = Files.writeString(dir.resolve("ReadMe.pdf"), "%PDF-1.4 not listening history");
        JsonNode done = importAndWait(List.of(pdf), "");

        assertThat(done.get("summary").get("unrecognised").get(0).asText()).isEqualTo("ReadMe.pdf");
        assertThat(done.get("summary").get("imported").asLong()).isZero();
    }

    private JsonNode importAndWait(List<Path> files, String query) throws Exception {
        HttpResponse<String> r = upload(files, query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return waitFor(JSON.readTree(r.body()).get("id").asText());
    }

    private JsonNode waitFor(String id) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode status = get("/v1/imports/" + id);
            String state = status.get("state").asText();
            if (state.equals("done") || state.equals("failed")) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not end");
    }

    private HttpResponse<String> upload(List<Path> files, String query) throws Exception {
        MultipartUpload body = new MultipartUpload(files);
        return http.send(HttpRequest.newBuilder(server.uri("/v1/imports?" + query))
                .header("Content-Type", body.contentType()).POST(body.body()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path) throws IOException {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private long rejectedRows() {
        return server.earshot().warehouse().countRejected();
    }

    /** Every file of a format's fixture folder, as the person would give the download's files. */
    static List<Path> fixtures(String format) throws IOException {
        try (Stream<Path> all = Files.walk(FIXTURES.resolve(format))) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
