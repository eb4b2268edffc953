package dev.earshot.ingest;

import static dev.earshot.support.TestEvents.T0;
import static dev.earshot.support.TestEvents.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.Violation;
import dev.earshot.store.EventOrigin;
import dev.earshot.support.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest path without HTTP: parse, validate, dedupe, enrich and commit, over a real DuckDB file. */
class IngestServiceTest {
    /** "Now" for the ingest path: a minute after the events' own times. */
    private static final Clock NOW = Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Pipeline pipeline;

    @BeforeEach
    void open() {
        pipeline = new Pipeline(dir.resolve("earshot.duckdb"), NOW);
    }

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void storesTheGoodEventsOfABatchAndReportsTheBadOneByIndexAndField() {
        String bad = json("e2", "u1", T0, "scratch", "spotify");
        IngestReport report = ingest("[" + json("e1", "u1", T0) + "," + bad + "," + json("e3", "u1", T0) + "]",
                BodyFormat.JSON);

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(1);
            assertThat(r.eventId()).isEqualTo("e2");
            assertThat(r.violations()).extracting(Violation::field).containsExactly("event_type");
        });
        assertThat(pipeline.warehouse.countEvents()).isEqualTo(2);
        assertThat(pipeline.warehouse.countRejected()).isEqualTo(1);
    }

    @Test
    void storesARepeatedEventIdOnceAndAnswersTheRepeatAsADuplicate() {
        ingest(json("e1", "u1", T0), BodyFormat.JSON);
        IngestReport again = ingest(json("e1", "u1", T0), BodyFormat.JSON);

        assertThat(again.accepted()).isZero();
        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(pipeline.warehouse.countEvents()).isEqualTo(1);
    }

    @Test
    void refusesAnNdjsonLineThatIsNotJsonAloneByItsIndex() {
        IngestReport report = ingest(json("e1", "u1", T0) + "\n{not json\n" + json("e3", "u1", T0) + "\n",
                BodyFormat.NDJSON);

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.rejected()).singleElement().extracting(r -> r.index()).isEqualTo(1);
    }

    @Test
    void judgesTheFutureByItsOwnClock() {
        IngestReport report = ingest(json("late", "u1", T0.plusSeconds(60 + 6 * 60)), BodyFormat.JSON);

        assertThat(report.nothingValid()).isTrue();
        assertThat(report.rejected().get(0).violations()).extracting(Violation::field).containsExactly("timestamp");
    }

    @Test
    void enrichesWhatItStores() {
        ingest(json("e1", "u1", T0), BodyFormat.JSON);

        assertThat(pipeline.warehouse.event("e1")).hasValueSatisfying(stored -> {
            assertThat(stored.receivedAt()).isEqualTo(NOW.instant());
            assertThat(stored.enrichment()).isNotNull();
        });
    }

    private IngestReport ingest(String body, BodyFormat format) {
        return pipeline.ingest.ingest(body.getBytes(StandardCharsets.UTF_8), format, EventOrigin.API);
    }
}
