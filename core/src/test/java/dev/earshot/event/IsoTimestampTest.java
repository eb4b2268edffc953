package dev.earshot.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimestampTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-16T12:00:00Z", "2024-01-16T12:00:00.5Z", "2024-01-16T12:00:00.123456789Z",
        "2024-02-29T23:59:59+01:00", "2024-01-16T00:00:00-08:00", "1999-12-31T23:59:59+14:00", "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59-18:00", "2024-01-16T12:00:00.000+05:30"})
    void agreesWithTheFullIsoParser(String text) {
        assertThat(IsoTimestamp.parse(text))
                .isEqualTo(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-16T12:00:00", "2024-02-30T12:00:00Z", "2024-13-01T12:00:00Z", "2024-01-16T24:00:00Z",
        "2024-01-16T12:60:00Z", "2024-01-16T12:00:00.Z", "2024-01-16T12:00:00+1:00", "2024-01-16T12:00:00+19:00",
        "2024-01-16 12:00:00Z", "2024-01-16T12:00:00z", "+2024-01-16T12:00:00Z", "2024-01-16T12:00:00.1234567890Z",
        "２０２４-01-16T12:00:00Z", "2024-01-16T12:00Z"})
    void leavesEverythingElseToTheFullParser(String text) {
        assertThat(IsoTimestamp.parse(text)).isNull();
    }

    @Test
    void formatsExactlyAsInstantToString() {
        SplittableRandom random = new SplittableRandom(11);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(random.nextLong(min, max + 1), nanos);
            assertThat(IsoTimestamp.format(instant)).isEqualTo(instant.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z"})
    void formatsTheEdgesLikeInstantToo(String text) {
        Instant instant = Instant.parse(text);
        assertThat(IsoTimestamp.format(instant)).isEqualTo(instant.toString());
    }
}
