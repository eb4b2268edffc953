package dev.earshot.event;

import static dev.earshot.event.Validation.RECEIVED_AT;
import static dev.earshot.testkit.Events.wire;
import static dev.earshot.testkit.Events.raw;
import static dev.earshot.event.Validation.valid;
import static dev.earshot.event.Validation.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.testkit.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventValidatorTest {
    private static final String FUTURE = "is more than 5 minutes in the future (server time 2024-01-16T12:00:00Z)";

    private static Violation only(String json) {
        List<Violation> all = violations(json);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static Map<String, Object> features(Object... nameValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            out.put((String) nameValues[i], nameValues[i + 1]);
        }
        return Map.of("audio_features", out);
    }

    // --- the happy path ---

    @Test
    void acceptsTheContractExample() {
        ListenEvent e = valid(wire().json());

        assertThat(e).isEqualTo(new ListenEvent("evt_user123_1705406280", EventType.PLAY, "user123",
                "spotify:track:4iV5W9uYEdYUVa79Axb7Rh", Instant.parse(Events.TIMESTAMP), Instant.parse(Events.TIMESTAMP),
                Platform.SPOTIFY, new Location("US", "CA", "San Francisco"), null, null, null, null, null, null, null));
    }

    @Test
    void allOptionalFieldsAbsentIsStillValid() {
        ListenEvent e = valid(wire().without("location").json());

        assertThat(e.location()).isNull();
        assertThat(e.sessionId()).isNull();
        assertThat(e.positionMs()).isNull();
        assertThat(e.msPlayed()).isNull();
        assertThat(e.durationMs()).isNull();
        assertThat(e.device()).isNull();
        assertThat(e.context()).isNull();
        assertThat(e.track()).isNull();
        assertThat(e.deviceTimestamp()).isEqualTo(e.timestamp());
    }

    @Test
    void nullOptionalFieldsAreTreatedAsAbsent() {
        String withNulls = wire().without("location")
                .with("location", null).with("session_id", null).with("position_ms", null).with("ms_played", null)
                .with("duration_ms", null).with("device", null).with("context", null).with("track", null)
                .with("sent_at", null)
                .json();

        assertThat(valid(withNulls)).isEqualTo(valid(wire().without("location").json()));
    }

    @Test
    void nullPartsOfNestedObjectsAreTreatedAsAbsent() {
        ListenEvent e = valid(wire()
                .with("location", raw("{\"country\": \"DE\", \"region\": null, \"city\": null}"))
                .with("context", raw("{\"type\": \"radio\", \"id\": null}"))
                .with("track", raw("{\"title\": null, \"genres\": null, \"audio_features\": null, \"duration_ms\": null}"))
                .json());

        assertThat(e.location()).isEqualTo(new Location("DE", null, null));
        assertThat(e.context()).isEqualTo(new PlaybackContext(ContextType.RADIO, null));
        assertThat(e.track()).isEqualTo(new TrackMetadata(null, null, null, null, List.of(), Map.of()));
    }

    @Test
    void readsEveryOptionalField() {
        ListenEvent e = valid(wire()
                .with("session_id", "sess-1")
                .with("position_ms", 1000)
                .with("ms_played", 30000)
                .with("duration_ms", 200000)
                .with("device", "smart_speaker")
                .with("context", Map.of("type", "playlist", "id", "spotify:playlist:37i9dQZF1DX0XUsuxWHRQd"))
                .with("track", Map.of("title", "Blinding Lights", "artist", "The Weeknd", "album", "After Hours",
                        "duration_ms", 200040, "genres", List.of("synthpop", "pop"),
                        "audio_features", Map.of("energy", 0.73, "tempo", 171)))
                .json());

        assertThat(e.sessionId()).isEqualTo("sess-1");
        assertThat(e.positionMs()).isEqualTo(1000L);
        assertThat(e.msPlayed()).isEqualTo(30000L);
        assertThat(e.durationMs()).isEqualTo(200000L);
        assertThat(e.device()).isEqualTo(Device.SMART_SPEAKER);
        assertThat(e.context()).isEqualTo(new PlaybackContext(ContextType.PLAYLIST, "spotify:playlist:37i9dQZF1DX0XUsuxWHRQd"));
        assertThat(e.track()).isEqualTo(new TrackMetadata("Blinding Lights", "The Weeknd", "After Hours", 200040L,
                List.of("synthpop", "pop"), Map.of("energy", 0.73, "tempo", 171.0)));
    }

    @Test
    void ignoresUnknownFields() {
        assertThat(valid(wire().with("client_version", "3.1").with("extra", Map.of("a", 1)).json()))
                .isEqualTo(valid(wire().json()));
    }

    // --- required fields ---

    @Test
    void missingRequiredFieldsAreEachReported() {
        assertThat(violations("{}")).containsExactly(
                new Violation("event_id", "is required"),
                new Violation("event_type", "is required"),
                new Violation("user_id", "is required"),
                new Violation("track_id", "is required"),
                new Violation("platform", "is required"),
                new Violation("timestamp", "is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"event_id", "event_type", "user_id", "track_id", "timestamp", "platform"})
    void eachRequiredFieldIsRequired(String field) {
        assertThat(only(wire().without(field).json())).isEqualTo(new Violation(field, "is required"));
        assertThat(only(wire().with(field, null).json())).isEqualTo(new Violation(field, "is required"));
    }

    @Test
    void wrongTypeIsReportedOnceNotAlsoAsMissing() {
        assertThat(violations(wire().with("event_id", 42).with("timestamp", 1705406280).json())).containsExactly(
                new Violation("event_id", "must be a string, got an integer"),
                new Violation("timestamp", "must be a string, got an integer"));
    }

    @Test
    void duplicateRequiredFieldIsReportedOnce() {
        String body = "{\"event_id\": 1, \"event_id\": \"b\"," + wire().without("event_id").json().substring(1);

        assertThat(violations(body)).containsExactly(
                new Violation("event_id", "must be a string, got an integer"),
                new Violation("event_id", "appears more than once"));
    }

    @Test
    void reportsEveryViolationNotJustTheFirst() {
        List<Violation> all = violations(wire()
                .with("event_type", "stop")
                .without("user_id")
                .with("timestamp", "2024-01-16 11:58")
                .with("platform", "napster")
                .with("position_ms", -5)
                .with("location", Map.of("country", "usa"))
                .with("track", features("energy", 2))
                .json());

        assertThat(all).extracting(Violation::field).containsExactly(
                "event_type", "user_id", "platform", "timestamp", "position_ms", "location.country",
                "track.audio_features.energy");
    }

    @Test
    void invalidResultKeepsIndexEventIdAndRawText() {
        String body = wire().with("platform", "napster").json();

        ValidationResult result = Validation.validate(body);

        assertThat(result).isInstanceOfSatisfying(ValidationResult.Invalid.class, r -> {
            assertThat(r.index()).isZero();
            assertThat(r.eventId()).isEqualTo("evt_user123_1705406280");
            assertThat(r.raw()).isEqualTo(body);
        });
    }

    @Test
    void unreadableEventIsReportedOnlyAsMalformed() {
        EventDraft unreadable = new EventParser(10).parseNdjson(Validation.utf8(wire().json() + "\n{\"event_id\": \"x\",")).get(1);

        ValidationResult result = Validation.VALIDATOR.validate(unreadable, RECEIVED_AT);

        assertThat(violations(result)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("$");
            assertThat(v.message()).startsWith("malformed JSON on line 2");
        });
    }

    @Test
    void nonObjectElementIsReportedOnlyAsNotAnObject() {
        EventDraft scalar = new EventParser(10).parseJson(Validation.utf8("[42]")).get(0);

        assertThat(violations(Validation.VALIDATOR.validate(scalar, RECEIVED_AT)))
                .containsExactly(new Violation("$", "expected an event object, got an integer"));
    }

    // --- enums ---

    @Test
    void rejectsUnknownEventType() {
        assertThat(only(wire().with("event_type", "stop").json())).isEqualTo(new Violation("event_type",
                "unknown value 'stop'; expected one of: play, pause, skip, like, share, resume, complete, unlike, add_to_playlist"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"play", "pause", "skip", "like", "share", "resume", "complete", "unlike", "add_to_playlist"})
    void acceptsEveryEventTypeOfTheContract(String type) {
        assertThat(valid(wire().with("event_type", type).json()).eventType().wire()).isEqualTo(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PLAY", "Play", " play", "add-to-playlist", ""})
    void eventTypeMustBeSpelledExactly(String type) {
        assertThat(only(wire().with("event_type", type).json()).field()).isEqualTo("event_type");
    }

    @Test
    void rejectsUnknownPlatform() {
        assertThat(only(wire().with("platform", "napster").json())).isEqualTo(new Violation("platform",
                "unknown value 'napster'; expected one of: spotify, apple_music, youtube_music, soundcloud, deezer, tidal, amazon_music, other"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"spotify", "apple_music", "youtube_music", "soundcloud", "deezer", "tidal", "amazon_music", "other"})
    void acceptsEveryPlatformOfTheContract(String platform) {
        assertThat(valid(wire().with("platform", platform).json()).platform().wire()).isEqualTo(platform);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mobile", "desktop", "web", "tablet", "smart_speaker", "car", "tv"})
    void acceptsEveryDeviceOfTheContract(String device) {
        assertThat(valid(wire().with("device", device).json()).device().wire()).isEqualTo(device);
    }

    @Test
    void rejectsUnknownDevice() {
        Violation v = only(wire().with("device", "watch").json());

        assertThat(v.field()).isEqualTo("device");
        assertThat(v.message()).startsWith("unknown value 'watch'; expected one of: mobile, desktop");
    }

    @Test
    void longUnknownValueIsShortenedInTheMessage() {
        Violation v = only(wire().with("event_type", "x".repeat(10_000)).json());

        assertThat(v.message()).contains("'" + "x".repeat(61) + "...'").hasSizeLessThan(300);
    }

    // --- timestamps ---

    @Test
    void storesTimestampWithOffsetInUtc() {
        ListenEvent e = valid(wire().with("timestamp", "2024-01-16T13:58:00.250+02:00").json());

        assertThat(e.timestamp()).isEqualTo(Instant.parse("2024-01-16T11:58:00.250Z"));
    }

    @Test
    void rejectsTimestampMoreThanFiveMinutesInTheFuture() {
        assertThat(only(wire().with("timestamp", "2024-01-16T12:05:01Z").json()))
                .isEqualTo(new Violation("timestamp", FUTURE));
    }

    @Test
    void acceptsTimestampFourMinutesAhead() {
        assertThat(valid(wire().with("timestamp", "2024-01-16T12:04:00Z").json()).timestamp())
                .isEqualTo(Instant.parse("2024-01-16T12:04:00Z"));
    }

    @Test
    void acceptsTimestampExactlyFiveMinutesAhead() {
        valid(wire().with("timestamp", "2024-01-16T12:05:00Z").json());
    }

    @Test
    void futureIsJudgedAfterApplyingTheOffset() {
        assertThat(only(wire().with("timestamp", "2024-01-16T12:00:00-01:00").json()))
                .isEqualTo(new Violation("timestamp", FUTURE));
    }

    @Test
    void rejectsTimestampWithoutOffset() {
        assertThat(only(wire().with("timestamp", "2024-01-16T11:58:00").json())).isEqualTo(new Violation("timestamp",
                "must include a UTC offset, e.g. '2024-01-16T12:00:00Z' or '2024-01-16T13:00:00+01:00'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-16", "2024-01-16 11:58:00Z", "16/01/2024 11:58", "1705406280", "2024-01-16T25:00:00Z",
            "2024-02-30T12:00:00Z", "2024-01-16T11:58:00+0100", ""})
    void rejectsTimestampThatIsNotIso8601WithOffset(String text) {
        Violation v = only(wire().with("timestamp", text).json());

        assertThat(v.field()).isEqualTo("timestamp");
        assertThat(v.message()).isEqualTo("'" + text + "' is not an ISO-8601 timestamp with offset, e.g. '2024-01-16T12:00:00Z'");
    }

    @Test
    void rejectsTimestampBefore2000() {
        assertThat(only(wire().with("timestamp", "1999-12-31T23:59:59Z").json()))
                .isEqualTo(new Violation("timestamp", "is before 2000-01-01T00:00:00Z"));
    }

    @Test
    void acceptsTheFirstInstantOf2000() {
        valid(wire().with("timestamp", "2000-01-01T01:00:00+01:00").json());
    }

    @Test
    void futureLimitIsConfigurable() {
        ValidationRules hour = new ValidationRules(Duration.ofHours(1), ValidationRules.DEFAULT.earliest());

        assertThat(Validation.validate(wire().with("timestamp", "2024-01-16T12:59:00Z").json(), hour))
                .isInstanceOf(ValidationResult.Valid.class);
        assertThat(violations(Validation.validate(wire().with("timestamp", "2024-01-16T13:01:00Z").json(), hour)))
                .containsExactly(new Violation("timestamp",
                        "is more than 60 minutes in the future (server time 2024-01-16T12:00:00Z)"));
    }

    @Test
    void zeroFutureSkewRefusesAnyTimeAheadOfTheServer() {
        ValidationRules none = new ValidationRules(Duration.ZERO, ValidationRules.DEFAULT.earliest());

        assertThat(Validation.validate(wire().with("timestamp", "2024-01-16T12:00:00Z").json(), none))
                .isInstanceOf(ValidationResult.Valid.class);
        assertThat(violations(Validation.validate(wire().with("timestamp", "2024-01-16T12:00:00.001Z").json(), none)))
                .extracting(Violation::field).containsExactly("timestamp");
    }

    @Test
    void earliestTimestampIsConfigurable() {
        ValidationRules since2020 = new ValidationRules(Duration.ofMinutes(5), Instant.parse("2020-01-01T00:00:00Z"));

        assertThat(violations(Validation.validate(wire().with("timestamp", "2019-12-31T23:59:59Z").json(), since2020)))
                .containsExactly(new Violation("timestamp", "is before 2020-01-01T00:00:00Z"));
        assertThat(Validation.validate(wire().with("timestamp", "2020-01-01T00:00:00Z").json(), since2020))
                .isInstanceOf(ValidationResult.Valid.class);
        assertThat(Validation.validate(wire().with("timestamp", "1999-06-01T00:00:00Z").json(),
                new ValidationRules(Duration.ofMinutes(5), Instant.parse("1990-01-01T00:00:00Z"))))
                .isInstanceOf(ValidationResult.Valid.class);
    }

    @Test
    void negativeFutureSkewIsAConfigurationError() {
        assertThatThrownBy(() -> new ValidationRules(Duration.ofSeconds(-1), Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- clock skew ---

    @Test
    void correctsClockSkewWithSentAt() {
        // The device clock is an hour behind: it played the track 2 minutes before it sent the request.
        ListenEvent e = valid(wire()
                .with("timestamp", "2024-01-16T10:58:00Z")
                .with("sent_at", "2024-01-16T11:00:00Z")
                .json());

        assertThat(e.timestamp()).isEqualTo(Instant.parse("2024-01-16T11:58:00Z"));
        assertThat(e.deviceTimestamp()).isEqualTo(Instant.parse("2024-01-16T10:58:00Z"));
    }

    @Test
    void clockSkewCorrectionRescuesADeviceClockRunningInTheFuture() {
        ListenEvent e = valid(wire()
                .with("timestamp", "2031-05-01T08:00:00+02:00")
                .with("sent_at", "2031-05-01T06:00:30Z")
                .json());

        assertThat(e.timestamp()).isEqualTo(Instant.parse("2024-01-16T11:59:30Z"));
        assertThat(e.deviceTimestamp()).isEqualTo(Instant.parse("2031-05-01T06:00:00Z"));
    }

    @Test
    void clockSkewCorrectionRescuesAZeroedDeviceClock() {
        ListenEvent e = valid(wire()
                .with("timestamp", "1970-01-01T00:00:05Z")
                .with("sent_at", "1970-01-01T00:00:10Z")
                .json());

        assertThat(e.timestamp()).isEqualTo(Instant.parse("2024-01-16T11:59:55Z"));
    }

    @Test
    void correctedTimeIsStillCheckedAgainstTheFuture() {
        // sent_at before the event happened puts the event after the request arrived.
        assertThat(only(wire()
                .with("timestamp", "2024-01-16T12:00:00Z")
                .with("sent_at", "2024-01-16T11:50:00Z")
                .json())).isEqualTo(new Violation("timestamp", FUTURE));
    }

    @Test
    void withoutSentAtTheDeviceTimeStands() {
        ListenEvent e = valid(wire().json());

        assertThat(e.timestamp()).isEqualTo(Instant.parse(Events.TIMESTAMP)).isEqualTo(e.deviceTimestamp());
    }

    @Test
    void rejectsSentAtThatIsNotATimestamp() {
        assertThat(only(wire().with("sent_at", "2024-01-16T11:59:00").json())).isEqualTo(new Violation("sent_at",
                "must include a UTC offset, e.g. '2024-01-16T12:00:00Z' or '2024-01-16T13:00:00+01:00'"));
        assertThat(only(wire().with("sent_at", 1705406340).json()))
                .isEqualTo(new Violation("sent_at", "must be a string, got an integer"));
    }

    @Test
    void rejectsExpandedYearsInsteadOfOverflowingTheSkewCorrection() {
        assertThat(violations(wire()
                .with("timestamp", "+999999999-12-31T23:59:59Z")
                .with("sent_at", "2000-01-01T00:00:00Z")
                .json())).containsExactly(
                new Violation("timestamp", "'+999999999-12-31T23:59:59Z' has a year outside 0000-9999"));
        assertThat(violations(wire()
                .with("timestamp", "-999999999-01-01T00:00:00Z")
                .with("sent_at", "+999999999-12-31T23:59:59Z")
                .json())).containsExactly(
                new Violation("timestamp", "'-999999999-01-01T00:00:00Z' has a year outside 0000-9999"),
                new Violation("sent_at", "'+999999999-12-31T23:59:59Z' has a year outside 0000-9999"));
    }

    @Test
    void skewCorrectionDoesNotLetAnUnstorableDeviceTimeThrough() {
        // The corrected time would be fine, but the kept device time is beyond what microseconds can hold.
        List<Violation> all = violations(wire()
                .with("timestamp", "+300000-01-01T00:00:00Z")
                .with("sent_at", "+300000-01-01T00:00:10Z")
                .json());

        assertThat(all).extracting(Violation::field).containsExactly("timestamp", "sent_at");
    }

    @Test
    void acceptsTheLastFourDigitYearOnADeviceClockWhenSkewIsCorrected() {
        ListenEvent e = valid(wire()
                .with("timestamp", "9999-12-31T23:59:00Z")
                .with("sent_at", "9999-12-31T23:59:30Z")
                .json());

        assertThat(e.timestamp()).isEqualTo(Instant.parse("2024-01-16T11:59:30Z"));
        assertThat(e.deviceTimestamp()).isEqualTo(Instant.parse("9999-12-31T23:59:00Z"));
    }

    // --- ids ---

    @Test
    void rejectsIdLongerThan128CodePoints() {
        assertThat(only(wire().with("event_id", "e".repeat(129)).json()))
                .isEqualTo(new Violation("event_id", "must be at most 128 characters, got 129"));
    }

    @Test
    void acceptsIdOf128Characters() {
        assertThat(valid(wire().with("event_id", "e".repeat(128)).json()).eventId()).hasSize(128);
    }

    @Test
    void acceptsIdOf128Emoji() {
        String id = "🎵".repeat(128);

        assertThat(valid(wire().with("user_id", id).json()).userId()).isEqualTo(id);
    }

    @Test
    void rejectsIdOf129Emoji() {
        assertThat(only(wire().with("user_id", "🎵".repeat(129)).json()))
                .isEqualTo(new Violation("user_id", "must be at most 128 characters, got 129"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void rejectsEmptyOrBlankId(String id) {
        assertThat(only(wire().with("track_id", id).json())).isEqualTo(new Violation("track_id", "must not be empty"));
    }

    @Test
    void rejectsControlCharacterInId() {
        assertThat(only(wire().with("event_id", raw("\"evt\\u0000x\"")).json()))
                .isEqualTo(new Violation("event_id", "must not contain control characters (U+0000 at position 3)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\u001fb", "a\u007fb", "a\u0085b", "a\tb"})
    void rejectsEveryKindOfControlCharacterInId(String id) {
        Violation v = only(wire().with("user_id", id).json());

        assertThat(v.field()).isEqualTo("user_id");
        assertThat(v.message()).startsWith("must not contain control characters (U+").endsWith("at position 1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"session_id", "context.id"})
    void optionalIdsFollowTheSameRules(String field) {
        String bad = "x\u0001";
        Events.Wire b = wire();
        if (field.equals("context.id")) {
            b.with("context", Map.of("type", "album", "id", bad));
        } else {
            b.with(field, bad);
        }

        assertThat(only(b.json())).isEqualTo(new Violation(field, "must not contain control characters (U+0001 at position 1)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud83c", "ab\\udfb5", "\\udfb5\\ud83c", "x\\ud83c\\ud83c\\udfb5"})
    void rejectsUnpairedSurrogate(String escaped) {
        Violation v = only(wire().with("event_id", raw("\"" + escaped + "\"")).json());

        assertThat(v.field()).isEqualTo("event_id");
        assertThat(v.message()).startsWith("must not contain unpaired surrogates (position ");
    }

    @Test
    void unpairedSurrogateIsReportedWhereItIs() {
        assertThat(only(wire().with("event_id", raw("\"ab\\udfb5\"")).json()))
                .isEqualTo(new Violation("event_id", "must not contain unpaired surrogates (position 2)"));
    }

    @Test
    void acceptsNonBmpCharactersInIdsAndTitles() {
        ListenEvent e = valid(wire()
                .with("event_id", "evt_𝄞_😀")
                .with("session_id", "👩‍🎤")
                .with("track", Map.of("title", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🎸"))
                .json());

        assertThat(e.eventId()).isEqualTo("evt_𝄞_😀");
        assertThat(e.sessionId()).isEqualTo("👩‍🎤");
        assertThat(e.track().title()).isEqualTo("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🎸");
    }

    // --- location ---

    @Test
    void parsesCityRegionTextAndResolvesTheStatesCountry() {
        assertThat(valid(wire().with("location", "San Francisco, CA").json()).location())
                .isEqualTo(new Location("US", "CA", "San Francisco"));
    }

    @Test
    void splitsLocationTextAtItsCommasAndKeepsARegionOfTheCountry() {
        assertThat(valid(wire().with("location", " Washington, D.C. ,  US ").json()).location())
                .isEqualTo(new Location("US", "D.C.", "Washington"));
    }

    @Test
    void resolvesCountryNamesAndCodesInLocationText() {
        assertThat(valid(wire().with("location", "Berlin, Germany").json()).location())
                .isEqualTo(new Location("DE", null, "Berlin"));
        assertThat(valid(wire().with("location", "London, UK").json()).location())
                .isEqualTo(new Location("GB", null, "London"));
    }

    @Test
    void keepsUnresolvableLocationTextAsRegion() {
        assertThat(valid(wire().with("location", "Gotham, Nowhereland").json()).location())
                .isEqualTo(new Location(null, "Nowhereland", "Gotham"));
    }

    @Test
    void locationTextWithoutCommaIsACity() {
        assertThat(valid(wire().with("location", "Reykjavík").json()).location())
                .isEqualTo(new Location(null, null, "Reykjavík"));
    }

    @Test
    void blankLocationTextIsAbsent() {
        assertThat(valid(wire().with("location", "   ").json()).location()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {",", " , ", " ,"})
    void locationTextWithNeitherCityNorRegionIsAbsent(String text) {
        assertThat(valid(wire().with("location", text).json()).location()).isNull();
    }

    @Test
    void rejectsLocationTextLongerThan200() {
        assertThat(only(wire().with("location", "a".repeat(201)).json()))
                .isEqualTo(new Violation("location", "must be at most 200 characters, got 201"));
    }

    @Test
    void acceptsLocationObject() {
        assertThat(valid(wire().with("location", Map.of("country", "DE", "region", "Berlin", "city", "Berlin")).json())
                .location()).isEqualTo(new Location("DE", "Berlin", "Berlin"));
    }

    @Test
    void emptyLocationObjectIsAbsent() {
        assertThat(valid(wire().with("location", Map.of()).json()).location()).isNull();
    }

    @Test
    void rejectsLowercaseCountryCode() {
        assertThat(only(wire().with("location", Map.of("country", "us")).json())).isEqualTo(new Violation(
                "location.country", "must be an ISO 3166-1 alpha-2 code in upper case (e.g. US, DE), got 'us'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"USA", "U", "XX", "ZZ", "", "U S"})
    void rejectsCountryThatIsNotAnIsoAlpha2Code(String country) {
        assertThat(only(wire().with("location", Map.of("country", country)).json()).field()).isEqualTo("location.country");
    }

    @Test
    void rejectsControlCharacterInLocationParts() {
        assertThat(violations(wire().with("location", Map.of("region", "Bay\nArea", "city", "San\u0007Francisco")).json()))
                .containsExactlyInAnyOrder(
                        new Violation("location.region", "must not contain control characters (U+000A at position 3)"),
                        new Violation("location.city", "must not contain control characters (U+0007 at position 3)"));
    }

    // --- playback numbers ---

    @Test
    void rejectsPositionBeyondDuration() {
        assertThat(only(wire().with("position_ms", 200_001).with("duration_ms", 200_000).json()))
                .isEqualTo(new Violation("position_ms", "must not exceed duration_ms (200000)"));
    }

    @Test
    void acceptsPositionAtTheEndOfTheTrack() {
        assertThat(valid(wire().with("position_ms", 200_000).with("duration_ms", 200_000).json()).positionMs())
                .isEqualTo(200_000L);
    }

    @Test
    void positionWithoutDurationIsOnlyCheckedAgainst24Hours() {
        assertThat(valid(wire().with("position_ms", 5_000_000).json()).positionMs()).isEqualTo(5_000_000L);
    }

    @Test
    void rejectsNegativeMsPlayed() {
        assertThat(only(wire().with("ms_played", -1).json()))
                .isEqualTo(new Violation("ms_played", "must be between 0 and 86400000 (24 h), got -1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"position_ms", "ms_played", "duration_ms"})
    void rejectsPlaybackNumbersBeyond24Hours(String field) {
        assertThat(only(wire().with(field, 86_400_001L).json()))
                .isEqualTo(new Violation(field, "must be between 0 and 86400000 (24 h), got 86400001"));
        assertThat(valid(wire().with(field, 86_400_000L).json())).isNotNull();
        assertThat(valid(wire().with(field, 0).json())).isNotNull();
    }

    @Test
    void rejectsLargestLongWithoutOverflow() {
        assertThat(only(wire().with("duration_ms", Long.MAX_VALUE).json()).message())
                .isEqualTo("must be between 0 and 86400000 (24 h), got " + Long.MAX_VALUE);
    }

    // --- context ---

    @Test
    void rejectsUnknownContextType() {
        assertThat(only(wire().with("context", Map.of("type", "podcast")).json())).isEqualTo(new Violation("context.type",
                "unknown value 'podcast'; expected one of: playlist, album, artist, radio, search, recommendation"));
    }

    @Test
    void contextNeedsAType() {
        assertThat(only(wire().with("context", Map.of("id", "x")).json()))
                .isEqualTo(new Violation("context.type", "is required"));
    }

    @Test
    void acceptsContextWithoutId() {
        assertThat(valid(wire().with("context", Map.of("type", "search")).json()).context())
                .isEqualTo(new PlaybackContext(ContextType.SEARCH, null));
    }

    // --- track metadata ---

    @Test
    void rejectsAudioFeatureOutOfRange() {
        assertThat(only(wire().with("track", features("energy", 1.01)).json()))
                .isEqualTo(new Violation("track.audio_features.energy", "must be between 0 and 1, got 1.01"));
    }

    @Test
    void checksEachAudioFeatureAgainstItsOwnScale() {
        assertThat(violations(wire().with("track", features(
                "danceability", -0.01, "tempo", 300.5, "loudness", -60.5, "valence", 0.5, "liveness", 7)).json()))
                .containsExactlyInAnyOrder(
                        new Violation("track.audio_features.danceability", "must be between 0 and 1, got -0.01"),
                        new Violation("track.audio_features.tempo", "must be between 0 and 300, got 300.5"),
                        new Violation("track.audio_features.loudness", "must be between -60 and 5, got -60.5"),
                        new Violation("track.audio_features.liveness", "must be between 0 and 1, got 7.0"));
    }

    @Test
    void acceptsAudioFeaturesAtTheEdgesOfTheirScales() {
        ListenEvent e = valid(wire().with("track", features(
                "danceability", 0, "energy", 1, "valence", 0.0, "acousticness", 1.0, "instrumentalness", 0.5,
                "speechiness", 0, "liveness", 1, "tempo", 300, "loudness", -60)).json());

        assertThat(e.track().audioFeatures()).hasSize(9).containsEntry("tempo", 300.0).containsEntry("loudness", -60.0);
    }

    @Test
    void rejectsUnknownAudioFeature() {
        Violation v = only(wire().with("track", features("groove", 0.5)).json());

        assertThat(v.field()).isEqualTo("track.audio_features.groove");
        assertThat(v.message()).isEqualTo("is not a known audio feature; known: acousticness, danceability, energy, "
                + "instrumentalness, liveness, loudness, speechiness, tempo, valence");
    }

    @Test
    void rejectsMoreThanTwentyGenres() {
        List<String> genres = new ArrayList<>(Collections.nCopies(21, "rock"));

        assertThat(only(wire().with("track", Map.of("genres", genres)).json()))
                .isEqualTo(new Violation("track.genres", "must have at most 20 entries, got 21"));
        assertThat(valid(wire().with("track", Map.of("genres", genres.subList(0, 20))).json()).track().genres()).hasSize(20);
    }

    @Test
    void rejectsBadGenresByIndex() {
        assertThat(violations(wire().with("track", Map.of("genres", List.of("rock", " ", "g".repeat(65), "ok\u0000"))).json()))
                .containsExactly(
                        new Violation("track.genres[1]", "must not be empty"),
                        new Violation("track.genres[2]", "must be at most 64 characters, got 65"),
                        new Violation("track.genres[3]", "must not contain control characters (U+0000 at position 2)"));
    }

    @Test
    void rejectsTrackTextLongerThan500() {
        assertThat(violations(wire().with("track", Map.of("title", "t".repeat(501), "album", "a".repeat(500))).json()))
                .containsExactly(new Violation("track.title", "must be at most 500 characters, got 501"));
    }

    @Test
    void rejectsTrackDurationBeyond24Hours() {
        assertThat(only(wire().with("track", Map.of("duration_ms", -3)).json()))
                .isEqualTo(new Violation("track.duration_ms", "must be between 0 and 86400000 (24 h), got -3"));
    }

    @Test
    void emptyTrackObjectIsAnEmptyTrack() {
        assertThat(valid(wire().with("track", Map.of()).json()).track())
                .isEqualTo(new TrackMetadata(null, null, null, null, List.of(), Map.of()));
    }
}
