package dev.earshot.event;

import static dev.earshot.testkit.Events.wire;
import static dev.earshot.testkit.Events.raw;
import static dev.earshot.event.Validation.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventParserTest {
    private final EventParser parser = new EventParser(1000);

    private List<EventDraft> json(String body) {
        return parser.parseJson(utf8(body));
    }

    private List<EventDraft> ndjson(String body) {
        return parser.parseNdjson(utf8(body));
    }

    private static String withId(String id) {
        return wire().with("event_id", id).json();
    }

    private static List<Violation> readViolations(EventDraft d) {
        return d.violations;
    }

    // --- shapes of a body ---

    @Test
    void parsesASingleObject() {
        String body = wire().json();

        List<EventDraft> drafts = json(body);

        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.index()).isZero();
            assertThat(d.eventId()).isEqualTo("evt_user123_1705406280");
            assertThat(d.raw()).isEqualTo(body);
            assertThat(d.violations).isEmpty();
        });
    }

    @Test
    void parsesAnArrayAndNumbersItsEventsInOrder() {
        List<EventDraft> drafts = json("[" + withId("a") + ",\n " + withId("b") + " , " + withId("c") + "]");

        assertThat(drafts).extracting(EventDraft::index).containsExactly(0, 1, 2);
        assertThat(drafts).extracting(EventDraft::eventId).containsExactly("a", "b", "c");
    }

    @Test
    void emptyArrayGivesNoEvents() {
        assertThat(json(" [ ] ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t\r\n"})
    void emptyBodyIsMalformed(String body) {
        assertThatThrownBy(() -> json(body))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void keepsTheRawTextOfEachArrayElementExactly() {
        String first = "{ \"event_id\" : \"évt_🎵\",\n  \"extra\": [1, 2.50, {\"k\": null}] }";
        String second = "{\"event_id\":\"caf\\u00e9\",\"title\":\"Sigur Rós — Hoppípolla 日本語\"}";

        List<EventDraft> drafts = json("[\n  " + first + " ,\r\n\t" + second + "\n]");

        assertThat(drafts).extracting(EventDraft::raw).containsExactly(first, second);
        assertThat(drafts).extracting(EventDraft::eventId).containsExactly("évt_🎵", "café");
    }

    @Test
    void keepsTheRawTextOfAScalarArrayElement() {
        List<EventDraft> drafts = json("[\"not an event\", 12.5, null]");

        assertThat(drafts).extracting(EventDraft::raw).containsExactly("\"not an event\"", "12.5", "null");
    }

    @Test
    void parsesNdjsonSkippingBlankLinesAndCarriageReturns() {
        String a = withId("a");
        String b = withId("b");
        String c = withId("c");

        List<EventDraft> drafts = ndjson(a + "\r\n\r\n" + b + "\n   \t\n" + c + "\n");

        assertThat(drafts).extracting(EventDraft::eventId).containsExactly("a", "b", "c");
        assertThat(drafts).extracting(EventDraft::index).containsExactly(0, 1, 2);
        assertThat(drafts).extracting(EventDraft::raw).containsExactly(a, b, c);
        assertThat(drafts).allSatisfy(d -> assertThat(d.violations).isEmpty());
    }

    @Test
    void ndjsonLastLineNeedsNoNewline() {
        assertThat(ndjson(withId("a") + "\n" + withId("b"))).extracting(EventDraft::eventId).containsExactly("a", "b");
    }

    @Test
    void ndjsonKeepsUnicodeInTheRawText() {
        String line = wire().with("event_id", "ünïcødé-🎧").with("track", Map.of("title", "夜に駆ける")).json();

        assertThat(ndjson(line + "\n")).singleElement().satisfies(d -> {
            assertThat(d.raw()).isEqualTo(line);
            assertThat(d.eventId()).isEqualTo("ünïcødé-🎧");
        });
    }

    @Test
    void ndjsonBadLineBecomesAnEventWithALineNumberedViolationAndTheOthersStillCount() {
        String bad = "{\"event_id\": \"broken\", \"user_id\": ";

        List<EventDraft> drafts = ndjson(withId("a") + "\n\n" + bad + "\n" + withId("c") + "\n");

        assertThat(drafts).extracting(EventDraft::index).containsExactly(0, 1, 2);
        assertThat(drafts.get(0).violations).isEmpty();
        assertThat(drafts.get(2).violations).isEmpty();
        assertThat(drafts.get(2).eventId()).isEqualTo("c");
        EventDraft broken = drafts.get(1);
        assertThat(broken.raw()).isEqualTo(bad);
        assertThat(broken.violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("$");
            assertThat(v.message()).startsWith("malformed JSON on line 3, column ");
        });
    }

    @Test
    void ndjsonLineWithTwoValuesIsMalformed() {
        List<EventDraft> drafts = ndjson(withId("a") + " " + withId("b"));

        assertThat(drafts).singleElement().satisfies(d -> assertThat(d.violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("$");
            assertThat(v.message()).contains("line 1").contains("more than one JSON value");
        }));
    }

    @Test
    void ndjsonNonObjectLineBecomesAViolation() {
        List<EventDraft> drafts = ndjson("[1,2]\n" + withId("b"));

        assertThat(drafts.get(0).violations).containsExactly(new Violation("$", "expected an event object, got an array"));
        assertThat(drafts.get(1).violations).isEmpty();
    }

    // --- malformed bodies ---

    @Test
    void truncatedJsonIsMalformedWithLineAndColumn() {
        MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class,
                () -> json("{\n  \"event_id\": \"abc\",\n  \"user_id\": "));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isGreaterThan(1);
        assertThat(e.getMessage()).startsWith("malformed JSON at line 3, column " + e.column() + ": ");
    }

    @Test
    void badTokenIsReportedWhereItIs() {
        MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class,
                () -> json("{\"event_id\": \"a\",\n\"user_id\": nope}"));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(12);
        assertThat(e.getMessage()).contains("nope");
    }

    @Test
    void truncatedArrayIsMalformed() {
        assertThatThrownBy(() -> json("[" + withId("a") + ","))
                .isInstanceOf(MalformedJsonException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {" x", " {}", " []", "]", "}", ",", " \"more\""})
    void trailingContentAfterTheValueIsMalformed(String trailer) {
        assertThatThrownBy(() -> json(wire().json() + trailer))
                .isInstanceOf(MalformedJsonException.class)
                .satisfies(e -> assertThat(((MalformedJsonException) e).line()).isEqualTo(1));
    }

    @Test
    void trailingContentAfterAnArrayIsMalformed() {
        assertThatThrownBy(() -> json("[" + withId("a") + "] " + withId("b")))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("after the end");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "+Infinity", "+1", "01", ".5", "0x10"})
    void nonJsonNumbersAreMalformed(String literal) {
        assertThatThrownBy(() -> json(wire().with("position_ms", raw(literal)).json()))
                .isInstanceOf(MalformedJsonException.class);
        Map<String, Object> track = Map.of("audio_features", Map.of("energy", raw(literal)));
        assertThatThrownBy(() -> json(wire().with("track", track).json()))
                .isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void nanOnAnNdjsonLineSpoilsOnlyThatLine() {
        List<EventDraft> drafts = ndjson(wire().with("position_ms", raw("NaN")).json() + "\n" + withId("b"));

        assertThat(drafts.get(0).violations).extracting(Violation::field).containsExactly("$");
        assertThat(drafts.get(1).violations).isEmpty();
    }

    @Test
    void invalidUtf8IsMalformed() {
        byte[] body = utf8(withId("abcXdef"));
        int x = new String(body, StandardCharsets.ISO_8859_1).indexOf('X');
        body[x] = (byte) 0xC3; // a two-byte lead followed by 'd', which is no continuation byte

        assertThatThrownBy(() -> parser.parseJson(body)).isInstanceOf(MalformedJsonException.class);
    }

    // --- numbers ---

    @Test
    void hugeExponentInAnIntegerFieldIsAViolation() {
        EventDraft d = Validation.draft(wire().with("position_ms", raw("1e400")).json());

        assertThat(d.positionMs).isNull();
        assertThat(readViolations(d)).containsExactly(new Violation("position_ms", "must be an integer, got a decimal number"));
    }

    @Test
    void hugeExponentInAnAudioFeatureIsOutOfRange() {
        Map<String, Object> track = Map.of("audio_features", Map.of("energy", raw("1e400"), "valence", raw("-1e400")));

        EventDraft d = Validation.draft(wire().with("track", track).json());

        assertThat(d.audioFeatures).isNull();
        assertThat(readViolations(d)).containsExactlyInAnyOrder(
                new Violation("track.audio_features.energy", "is out of range"),
                new Violation("track.audio_features.valence", "is out of range"));
    }

    @Test
    void tinyExponentInAnAudioFeatureIsZero() {
        Map<String, Object> track = Map.of("audio_features", Map.of("energy", raw("1e-400")));

        EventDraft d = Validation.draft(wire().with("track", track).json());

        assertThat(d.audioFeatures).containsExactly(Map.entry("energy", 0.0));
        assertThat(readViolations(d)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "123456789012345678901234567890"})
    void integerBeyondLongIsOutOfRange(String literal) {
        EventDraft d = Validation.draft(wire().with("duration_ms", raw(literal)).json());

        assertThat(d.durationMs).isNull();
        assertThat(readViolations(d)).containsExactly(new Violation("duration_ms", "is out of range"));
    }

    @Test
    void largestLongIsReadAndLeftToTheValidator() {
        EventDraft d = Validation.draft(wire().with("ms_played", raw("9223372036854775807")).json());

        assertThat(d.msPlayed).isEqualTo(Long.MAX_VALUE);
        assertThat(readViolations(d)).isEmpty();
    }

    @Test
    void hugeIntegerInAnAudioFeatureIsOutOfRange() {
        Map<String, Object> track = Map.of("audio_features", Map.of("tempo", raw("1" + "0".repeat(400))));

        EventDraft d = Validation.draft(wire().with("track", track).json());

        assertThat(readViolations(d)).containsExactly(new Violation("track.audio_features.tempo", "is out of range"));
    }

    @Test
    void numberWithThousandsOfDigitsIsMalformedNotACrash() {
        assertThatThrownBy(() -> json(wire().with("position_ms", raw("9".repeat(5000))).json()))
                .isInstanceOf(MalformedJsonException.class);
    }

    // --- nesting ---

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void deepNestingAtTopLevelIsMalformedWithoutStackOverflow() {
        MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, () -> json(nested(100_000)));

        assertThat(e.getMessage()).contains("nests deeper than 32 levels").doesNotContain("Constraints");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).as("at the 33rd bracket").isBetween(33, 34);
    }

    @Test
    void deepNestingInsideAnUnknownFieldIsMalformed() {
        assertThatThrownBy(() -> json(wire().with("extra", raw(nested(100_000))).json()))
                .isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void deepNestingInsideAnArrayOfEventsIsMalformed() {
        assertThatThrownBy(() -> json("[" + wire().with("extra", raw(nested(40))).json() + "]"))
                .isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void nestingUpToThirtyTwoLevelsIsAllowed() {
        // The event object is level 1, so 31 arrays inside it reach level 32.
        assertThat(json(wire().with("extra", raw(nested(31))).json())).singleElement()
                .satisfies(d -> assertThat(d.violations).isEmpty());
        assertThatThrownBy(() -> json(wire().with("extra", raw(nested(32))).json()))
                .isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void deepNestingOnAnNdjsonLineSpoilsOnlyThatLine() {
        List<EventDraft> drafts = ndjson(withId("a") + "\n" + wire().with("extra", raw(nested(100_000))).json() + "\n");

        assertThat(drafts).hasSize(2);
        assertThat(drafts.get(0).violations).isEmpty();
        assertThat(drafts.get(1).violations).extracting(Violation::field).containsExactly("$");
        assertThat(drafts.get(1).violations.get(0).message()).startsWith("malformed JSON on line 2, column ")
                .doesNotContain("column 0");
    }

    // --- strings ---

    @ParameterizedTest
    @ValueSource(chars = {'\u0000', '\t', '\n', '\r', '\u001f'})
    void rawControlCharacterInAStringIsMalformed(char control) {
        assertThatThrownBy(() -> json(wire().with("event_id", raw("\"evt" + control + "1\"")).json()))
                .isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> json(wire().with("unknown", raw("\"a" + control + "b\"")).json()))
                .isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void escapedNulInAnIdIsReadForTheValidatorToRefuse() {
        EventDraft d = Validation.draft(wire().with("event_id", raw("\"evt\\u0000x\"")).json());

        assertThat(d.eventId()).isEqualTo("evt\u0000x");
        assertThat(readViolations(d)).isEmpty();
    }

    @Test
    void nonBmpCharactersInIdsAndTitlesAreReadIntact() {
        String id = "evt_🎵🎶_𝄞_😀";
        String title = "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🎸 Ünïcødé";
        String body = wire().with("event_id", id).with("user_id", "👩‍🎤").with("track", Map.of("title", title)).json();

        EventDraft d = Validation.draft(body);

        assertThat(d.eventId()).isEqualTo(id);
        assertThat(d.userId).isEqualTo("👩‍🎤");
        assertThat(d.trackTitle).isEqualTo(title);
        assertThat(d.raw()).isEqualTo(body);
    }

    @Test
    void escapedSurrogatePairIsDecoded() {
        EventDraft d = Validation.draft(wire().with("event_id", raw("\"\\ud83c\\udfb5\"")).json());

        assertThat(d.eventId()).isEqualTo("🎵");
    }

    @Test
    void tenMegabyteStringInAnUnknownFieldParses() {
        String huge = "x".repeat(10 * 1024 * 1024);

        List<EventDraft> drafts = json(wire().with("notes", huge).json());

        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.eventId()).isEqualTo("evt_user123_1705406280");
            assertThat(d.violations).isEmpty();
            assertThat(d.raw()).hasSizeGreaterThan(huge.length());
        });
    }

    @Test
    void tenMegabyteIdParsesAndTheValidatorRefusesIt() {
        String huge = "y".repeat(10 * 1024 * 1024);

        ValidationResult result = Validation.validate(wire().with("event_id", huge).json());

        assertThat(Validation.violations(result)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("event_id");
            assertThat(v.message()).isEqualTo("must be at most 128 characters, got " + huge.length());
        });
    }

    // --- limits ---

    private static String arrayOf(int count) {
        List<String> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(withId("evt_" + i));
        }
        return "[" + String.join(",", events) + "]";
    }

    @Test
    void arrayOverTheLimitIsRefusedAsAWhole() {
        TooManyEventsException e = catchThrowableOfType(TooManyEventsException.class, () -> json(arrayOf(1001)));

        assertThat(e.limit()).isEqualTo(1000);
        assertThat(e.getMessage()).contains("1000");
    }

    @Test
    void arrayAtTheLimitIsAccepted() {
        List<EventDraft> drafts = json(arrayOf(1000));

        assertThat(drafts).hasSize(1000);
        assertThat(drafts.get(999).index()).isEqualTo(999);
        assertThat(drafts.get(999).eventId()).isEqualTo("evt_999");
    }

    @Test
    void ndjsonOverTheLimitIsRefused() {
        EventParser small = new EventParser(2);
        String body = withId("a") + "\n" + withId("b") + "\n\n";

        assertThat(small.parseNdjson(utf8(body))).hasSize(2);
        assertThatThrownBy(() -> small.parseNdjson(utf8(body + "not even json\n")))
                .isInstanceOf(TooManyEventsException.class);
    }

    // --- elements that are not events ---

    @Test
    void nonObjectArrayElementsEachBecomeAnEventWithAViolation() {
        List<EventDraft> drafts = json("[42, \"text\", null, " + withId("ok") + ", true, [1, [2]], 1.5]");

        assertThat(drafts).extracting(EventDraft::index).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(drafts).extracting(d -> d.violations).containsExactly(
                List.of(new Violation("$", "expected an event object, got an integer")),
                List.of(new Violation("$", "expected an event object, got a string")),
                List.of(new Violation("$", "expected an event object, got null")),
                List.of(),
                List.of(new Violation("$", "expected an event object, got a boolean")),
                List.of(new Violation("$", "expected an event object, got an array")),
                List.of(new Violation("$", "expected an event object, got a decimal number")));
        assertThat(drafts.get(3).eventId()).isEqualTo("ok");
    }

    @Test
    void topLevelScalarBecomesAnEventWithAViolation() {
        assertThat(json("\"hello\"")).singleElement()
                .satisfies(d -> assertThat(d.violations).containsExactly(
                        new Violation("$", "expected an event object, got a string")));
    }

    // --- fields ---

    @Test
    void duplicateKeyIsAViolationAndTheFirstValueStands() {
        String body = wire().json().replaceFirst("\\{", "{\"event_id\":\"first\",").replace("\"evt_user123_1705406280\"", "\"second\"");

        EventDraft d = Validation.draft(body);

        assertThat(d.eventId()).isEqualTo("first");
        assertThat(readViolations(d)).containsExactly(new Violation("event_id", "appears more than once"));
    }

    @Test
    void duplicateUnknownKeyIsIgnoredLikeAnyUnknownField() {
        EventDraft d = Validation.draft("{\"x\": 1, \"x\": {\"deep\": [1]}, \"user_id\": \"u\", \"user_id\": \"v\"}");

        assertThat(readViolations(d)).containsExactly(new Violation("user_id", "appears more than once"));
    }

    @Test
    void duplicateKeysInsideNestedObjectsAreReportedWithTheirPathAndTheFirstValueStands() {
        EventDraft d = Validation.draft("{\"location\": {\"city\": \"Berlin\", \"city\": \"Paris\"},"
                + " \"context\": {\"type\": \"album\", \"type\": \"radio\"},"
                + " \"track\": {\"title\": \"A\", \"title\": \"B\", \"audio_features\": {\"energy\": 0.1, \"energy\": 0.9}}}");

        assertThat(readViolations(d)).containsExactly(
                new Violation("location.city", "appears more than once"),
                new Violation("context.type", "appears more than once"),
                new Violation("track.title", "appears more than once"),
                new Violation("track.audio_features.energy", "appears more than once"));
        assertThat(d.city).isEqualTo("Berlin");
        assertThat(d.contextType).isEqualTo("album");
        assertThat(d.trackTitle).isEqualTo("A");
        assertThat(d.audioFeatures).containsEntry("energy", 0.1);
    }

    @Test
    void unknownFieldsOfAnyShapeAreIgnored() {
        EventDraft d = Validation.draft(wire()
                .with("extra", raw("{\"a\": [1, {\"b\": null}], \"c\": true}"))
                .with("context", raw("{\"type\": \"album\", \"owner\": {\"x\": 1}}"))
                .with("track", raw("{\"title\": \"T\", \"popularity\": [1, 2]}"))
                .json());

        assertThat(readViolations(d)).isEmpty();
        assertThat(d.contextType).isEqualTo("album");
        assertThat(d.trackTitle).isEqualTo("T");
    }

    @Test
    void wrongJsonTypesAreViolationsWithFieldPaths() {
        EventDraft d = Validation.draft(wire()
                .with("event_type", 3)
                .with("position_ms", "1000")
                .with("ms_played", true)
                .with("device", List.of("mobile"))
                .with("location", raw("{\"country\": 840, \"city\": \"Austin\"}"))
                .with("context", raw("{\"type\": {\"t\": 1}, \"id\": 7}"))
                .with("track", raw("{\"title\": 1, \"duration_ms\": 1.5, \"genres\": [\"rock\", 2, null],"
                        + " \"audio_features\": {\"energy\": \"high\", \"tempo\": 120}}"))
                .json());

        assertThat(readViolations(d)).containsExactly(
                new Violation("event_type", "must be a string, got an integer"),
                new Violation("location.country", "must be a string, got an integer"),
                new Violation("position_ms", "must be an integer, got a string"),
                new Violation("ms_played", "must be an integer, got a boolean"),
                new Violation("device", "must be a string, got an array"),
                new Violation("context.type", "must be a string, got an object"),
                new Violation("context.id", "must be a string, got an integer"),
                new Violation("track.title", "must be a string, got an integer"),
                new Violation("track.duration_ms", "must be an integer, got a decimal number"),
                new Violation("track.genres[1]", "must be a string, got an integer"),
                new Violation("track.audio_features.energy", "must be a number, got a string"));
        assertThat(d.city).isEqualTo("Austin");
        assertThat(d.trackGenres).containsExactly("rock");
        assertThat(d.audioFeatures).containsExactly(Map.entry("tempo", 120.0));
    }

    @Test
    void wrongTypesForObjectFieldsAreViolations() {
        EventDraft d = Validation.draft(wire()
                .with("location", 5)
                .with("context", "playlist")
                .with("track", List.of())
                .json());

        assertThat(readViolations(d)).containsExactly(
                new Violation("location", "must be a string or an object, got an integer"),
                new Violation("context", "must be an object, got a string"),
                new Violation("track", "must be an object, got an array"));
        assertThat(d.contextPresent).isFalse();
        assertThat(d.trackPresent).isFalse();
    }

    @Test
    void wrongTypesForNestedCollectionsAreViolations() {
        EventDraft d = Validation.draft(wire()
                .with("track", raw("{\"genres\": \"rock\", \"audio_features\": [0.5]}"))
                .json());

        assertThat(readViolations(d)).containsExactly(
                new Violation("track.genres", "must be an array of strings, got a string"),
                new Violation("track.audio_features", "must be an object, got an array"));
    }
    // --- NUL bytes (found by EventBodyFuzzTest): the parser guesses UTF-16/32 from zero bytes at the start ---

    @Test
    void refusesANulByteAtTheStartInsteadOfReadingTheBodyAsUtf16() {
        // "{\0}\0" is valid UTF-8, and read as UTF-16LE it would be the empty object "{}".
        MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class,
                () -> parser.parseJson(new byte[] {'{', 0, '}', 0}));
        assertThat(e.getMessage()).contains("NUL byte").contains("line 1, column 2");
    }

    @Test
    void refusesNulBytesThatWouldBeReadAsUtf32() {
        byte[] body = {0, 0, 0, '{', 'x', 0, 0, 0};
        MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, () -> parser.parseJson(body));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void anNdjsonLineWithANulByteIsRefusedAloneAndTheOthersStillCount() {
        byte[] good = utf8(withId("good") + "\n");
        byte[] bad = {0, 0, '"', '{', '\n'};
        byte[] body = new byte[good.length + bad.length];
        System.arraycopy(bad, 0, body, 0, bad.length);
        System.arraycopy(good, 0, body, bad.length, good.length);
        List<EventDraft> drafts = parser.parseNdjson(body);
        assertThat(drafts).hasSize(2);
        assertThat(readViolations(drafts.get(0))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("line 1, column 1").contains("NUL byte"));
        assertThat(drafts.get(1).eventId()).isEqualTo("good");
        assertThat(readViolations(drafts.get(1))).isEmpty();
    }
}
