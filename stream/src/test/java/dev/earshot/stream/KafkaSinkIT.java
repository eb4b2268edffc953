package dev.earshot.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.app.EarshotConfig;
import dev.earshot.event.EventCodec;
import dev.earshot.event.ListenEvent;
import dev.earshot.ingest.KafkaSinkSettings;
import dev.earshot.stream.demo.KraftBroker;
import dev.earshot.stream.demo.TopicReader;
import dev.earshot.support.RunningServer;
import dev.earshot.testkit.Events;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --sink kafka} against the in-process KRaft broker the stream job reads in the demo: answers wait for
 * the broker, never without it. It lives here, not in the server's tests, so that one broker class serves both.
 */
class KafkaSinkIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant NOW = Events.T0.minusSeconds(3600);
    static KraftBroker broker;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KraftBroker.start(3);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @Test
    void acceptedEventsAreInTheTopicKeyedByUserBeforeTheAnswer() throws Exception {
        EarshotConfig config = EarshotConfig.defaults(dir.resolve("e.duckdb")).withPort(0);
        try (RunningServer server = RunningServer.start(config.withKafka(
                new KafkaSinkSettings(broker.bootstrap(), "listen-events", config.ackTimeout())), Events.CLOCK)) {
            HttpResponse<String> post = server.post("/v1/events", "application/json",
                    Events.batch("k", 20, NOW));
            assertThat(post.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(post.body()).get("accepted").asInt()).isEqualTo(20);

            // Acknowledged means in the topic: everything there now is what was answered for.
            List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readAll(broker.bootstrap(), "listen-events");
            assertThat(records).hasSize(20);
            EventCodec codec = new EventCodec();
            Map<String, ListenEvent> byId = records.stream().map(r -> codec.decode(r.value(), NOW))
                    .collect(Collectors.toMap(ListenEvent::eventId, e -> e));
            assertThat(byId).containsOnlyKeys(ids(20));
            for (ConsumerRecord<byte[], byte[]> r : records) {
                ListenEvent e = codec.decode(r.value(), NOW);
                assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(e.userId());
                assertThat(r.headers().lastHeader(KafkaSinkSettings.RECEIVED_AT_HEADER)).isNotNull();
            }
            assertThat(byId.get("k3").timestamp()).isEqualTo(NOW.plusSeconds(3));

            // A stateless producer: the same events again go out again (the file that would confirm a duplicate
            // holds none of them); the stream job is the one that drops them, by event_id.
            HttpResponse<String> again = server.post("/v1/events", "application/json", Events.batch("k", 20, NOW));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(TopicReader.readAll(broker.bootstrap(), "listen-events")).hasSize(40);
        }
    }

    @Test
    void anUnreachableBrokerIsAnswered503WithRetryAfterAndTheEventsCanBeSentAgain() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        EarshotConfig config = EarshotConfig.defaults(dir.resolve("e.duckdb")).withPort(0)
                .withAckTimeout(Duration.ofSeconds(4));
        try (RunningServer server = RunningServer.start(config.withKafka(
                new KafkaSinkSettings("127.0.0.1:" + closedPort, "listen-events", config.ackTimeout())), Events.CLOCK)) {
            HttpResponse<String> post = server.post("/v1/events", "application/json", Events.batch("u", 3, NOW));
            assertThat(post.statusCode()).isEqualTo(503);
            assertThat(post.headers().firstValue("Retry-After")).isPresent();
            assertThat(post.body()).doesNotContainIgnoringCase("kafka");
            assertThat(JSON.readTree(post.body()).get("error").get("code").asText()).isEqualTo("outcome_unknown");

            // Not acknowledged, so not remembered as seen: a retry is not answered as duplicates.
            HttpResponse<String> retry = server.post("/v1/events", "application/json", Events.batch("u", 3, NOW));
            assertThat(retry.statusCode()).isEqualTo(503);
        }
    }

    private static Set<String> ids(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "k" + i).collect(Collectors.toSet());
    }
}
