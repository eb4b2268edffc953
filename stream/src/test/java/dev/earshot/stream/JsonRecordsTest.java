package dev.earshot.stream;

import static dev.earshot.testkit.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.support.Stored;
import dev.earshot.testkit.Listen;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;

/** The output topics' keys and values, after the trip to a task manager (Java serialisation) that the sink makes. */
class JsonRecordsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void enrichedEventsAreKeyedByListenerAndCarryTheirInsight() throws Exception {
        Enriched e = new Enriched(Stored.of(Listen.play("a", "u1", T0).track("t1").noInsight().genre("jazz")), "Artist");
        assertThat(text(shipped(JsonRecords.enrichedKey()).serialize(e))).isEqualTo("u1");
        var value = JSON.readTree(shipped(JsonRecords.enrichedValue()).serialize(e));
        assertThat(value.get("event_id").asText()).isEqualTo("a");
        assertThat(value.get("artist").asText()).isEqualTo("Artist");
        assertThat(value.get("genre").asText()).isEqualTo("jazz");
        assertThat(JsonRecords.enrichedValue().getProducedType().getTypeClass()).isEqualTo(Enriched.class);
    }

    @Test
    void minutesAreKeyedByDimensionAndValueAndSessionsByListener() throws Exception {
        MinuteCount c = new MinuteCount("genre", "jazz", 60_000, 3, 2);
        assertThat(text(shipped(JsonRecords.minuteKey()).serialize(c))).isEqualTo("genre:jazz");
        assertThat(JSON.readTree(shipped(JsonRecords.minuteValue()).serialize(c)).get("plays").asLong()).isEqualTo(3);
        SessionFact s = new SessionFact("u2", 0, 1000, 4, 3, 900, 2);
        assertThat(text(shipped(JsonRecords.sessionKey()).serialize(s))).isEqualTo("u2");
        assertThat(JSON.readTree(shipped(JsonRecords.sessionValue()).serialize(s)).get("tracks").asLong()).isEqualTo(2);
    }

    private static <T> SerializationSchema<T> shipped(SerializationSchema<T> schema) throws Exception {
        return InstantiationUtil.clone(schema);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
