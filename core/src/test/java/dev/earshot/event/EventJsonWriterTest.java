package dev.earshot.event;

import static dev.earshot.event.Validation.RECEIVED_AT;
import static dev.earshot.testkit.Events.wire;
import static dev.earshot.event.Validation.valid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventJsonWriterTest {
    private static final Instant AT = Instant.parse("2024-01-16T11:58:00.125Z");

    private static final TrackMetadata TRACK = new TrackMetadata("Hoppípolla \"live\" \\ 𝄞", "Sigur Rós", "Takk...",
            268_000L, List.of("post-rock", "ambient"),
            Map.of("energy", 0.1 + 0.2, "tempo", 134.0, "loudness", -11.5, "valence", 0.0));

    private static final ListenEvent FULL = new ListenEvent("evt_🎵_\"q\"", EventType.ADD_TO_PLAYLIST, "user 123",
            "spotify:track:4iV5W9uYEdYUVa79Axb7Rh", AT, AT, Platform.YOUTUBE_MUSIC, new Location("IS", "Höfuðborgarsvæðið", "Reykjavík"),
            "sess-9", 1_000L, 30_000L, 268_000L, Device.SMART_SPEAKER,
            new PlaybackContext(ContextType.RECOMMENDATION, "mix:daily/1"), TRACK);

    private static final ListenEvent MINIMAL = new ListenEvent("e1", EventType.PLAY, "u1", "t1", AT, AT, Platform.OTHER,
            null, null, null, null, null, null, null, null);

    private static byte[] write(ListenEvent e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            EventJsonWriter.write(e, g);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return out.toByteArray();
    }

    private static String text(ListenEvent e) {
        return new String(write(e), StandardCharsets.UTF_8);
    }

    private static ListenEvent readBack(byte[] json) {
        List<EventDraft> drafts = new EventParser(1).parseJson(json);
        assertThat(drafts).hasSize(1);
        ValidationResult result = Validation.VALIDATOR.validate(drafts.get(0), RECEIVED_AT);
        assertThat(result).isInstanceOf(ValidationResult.Valid.class);
        return ((ValidationResult.Valid) result).event();
    }

    @Test
    void fullyPopulatedEventReadsBackEqual() {
        assertThat(readBack(write(FULL))).isEqualTo(FULL);
    }

    @Test
    void minimalEventReadsBackEqual() {
        assertThat(readBack(write(MINIMAL))).isEqualTo(MINIMAL);
    }

    @Test
    void parsedEventWrittenAndParsedAgainIsUnchanged() {
        ListenEvent parsed = valid(wire()
                .with("timestamp", "2024-01-16T13:58:00.5+02:00")
                .with("location", "San Francisco, CA")
                .with("context", Map.of("type", "album"))
                .with("track", Map.of("genres", List.of("indie"), "audio_features", Map.of("danceability", 0.456)))
                .json());

        assertThat(readBack(write(parsed))).isEqualTo(parsed);
    }

    @Test
    void writesTheWireFormatAndOmitsAbsentFields() {
        assertThat(text(MINIMAL)).isEqualTo("{\"event_id\":\"e1\",\"event_type\":\"play\",\"user_id\":\"u1\",\"track_id\":\"t1\","
                + "\"timestamp\":\"2024-01-16T11:58:00.125Z\",\"platform\":\"other\"}");
    }

    @Test
    void writesEveryFieldInAFixedOrder() {
        // Jackson 2 escapes characters beyond the BMP as surrogate pairs (valid JSON; they read back intact).
        assertThat(text(FULL)).isEqualTo("{\"event_id\":\"evt_\\uD83C\\uDFB5_\\\"q\\\"\",\"event_type\":\"add_to_playlist\","
                + "\"user_id\":\"user 123\",\"track_id\":\"spotify:track:4iV5W9uYEdYUVa79Axb7Rh\","
                + "\"timestamp\":\"2024-01-16T11:58:00.125Z\",\"platform\":\"youtube_music\","
                + "\"location\":{\"country\":\"IS\",\"region\":\"Höfuðborgarsvæðið\",\"city\":\"Reykjavík\"},"
                + "\"session_id\":\"sess-9\",\"position_ms\":1000,\"ms_played\":30000,\"duration_ms\":268000,"
                + "\"device\":\"smart_speaker\",\"context\":{\"type\":\"recommendation\",\"id\":\"mix:daily/1\"},"
                + "\"track\":{\"title\":\"Hoppípolla \\\"live\\\" \\\\ \\uD834\\uDD1E\",\"artist\":\"Sigur Rós\",\"album\":\"Takk...\","
                + "\"duration_ms\":268000,\"genres\":[\"post-rock\",\"ambient\"],"
                + "\"audio_features\":{\"energy\":0.30000000000000004,\"loudness\":-11.5,\"tempo\":134.0,\"valence\":0.0}}}");
    }

    @Test
    void writesTheDeviceTimeOnlyWhenItDiffersFromTheStoredTime() {
        ListenEvent corrected = valid(wire()
                .with("timestamp", "2024-01-16T10:58:00Z")
                .with("sent_at", "2024-01-16T11:00:00Z")
                .json());

        assertThat(text(corrected)).contains("\"timestamp\":\"2024-01-16T11:58:00Z\",\"device_timestamp\":\"2024-01-16T10:58:00Z\",");
        assertThat(text(MINIMAL)).doesNotContain("device_timestamp");
    }

    @Test
    void writesTheSameBytesForTheSameEvent() {
        assertThat(write(FULL)).isEqualTo(write(FULL));
    }

    @Test
    void writesTheSameBytesWhateverTheOrderOfTheAudioFeatures() {
        Map<String, Double> forward = new LinkedHashMap<>();
        Map<String, Double> backward = new LinkedHashMap<>();
        String[] names = {"valence", "tempo", "energy", "danceability", "acousticness"};
        for (int i = 0; i < names.length; i++) {
            forward.put(names[i], i / 10.0);
            backward.put(names[names.length - 1 - i], (names.length - 1 - i) / 10.0);
        }
        ListenEvent a = withTrack(new TrackMetadata("t", null, null, null, null, forward));
        ListenEvent b = withTrack(new TrackMetadata("t", null, null, null, null, new HashMap<>(backward)));

        assertThat(write(a)).isEqualTo(write(b));
        assertThat(text(a)).contains("{\"acousticness\":0.4,\"danceability\":0.3,\"energy\":0.2,\"tempo\":0.1,\"valence\":0.0}");
    }

    @Test
    void writeFieldsFillsAnObjectTheCallerOpened() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("status", "accepted");
            EventJsonWriter.writeFields(MINIMAL, g);
            g.writeEndObject();
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"status\":\"accepted\",\"event_id\":\"e1\",")
                .endsWith("\"platform\":\"other\"}");
    }

    private static ListenEvent withTrack(TrackMetadata track) {
        return new ListenEvent("e1", EventType.PLAY, "u1", "t1", AT, AT, Platform.OTHER,
                null, null, null, null, null, null, null, track);
    }
}
