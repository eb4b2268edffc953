package dev.earshot.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.ValidationRules;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenEventsTest {
    private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");
    private final ListenEvents events = new ListenEvents(ValidationRules.DEFAULT);

    private static ImportedListen listen(Long msPlayed, Boolean skipped) {
        return new ImportedListen(ImportFormat.SCROBBLER_LOG, "k", "Portishead", "Cowboys", null, AT, msPlayed,
                312_000L, skipped, null, null, null, null);
    }

    @Test
    void aSkipWithoutItsTimePlayedIsThePlayAndASkipOfUnknownPosition() {
        List<ListenEvent> e = events.events(listen(null, true), "ann", "t1");
        assertThat(e).extracting(ListenEvent::eventType).containsExactly(EventType.PLAY, EventType.SKIP);
        assertThat(e.get(1).timestamp()).isEqualTo(AT);
        assertThat(e.get(1).positionMs()).isNull();
        assertThat(e.get(1).msPlayed()).isNull();
        assertThat(e.get(1).eventId()).isNotEqualTo(e.get(0).eventId());
    }

    @Test
    void aListenWithoutItsTimePlayedIsThePlayAlone() {
        assertThat(events.events(listen(null, false), "ann", "t1")).extracting(ListenEvent::eventType)
                .containsExactly(EventType.PLAY);
        assertThat(events.events(listen(null, null), "ann", "t1")).extracting(ListenEvent::eventType)
                .containsExactly(EventType.PLAY);
    }

    @Test
    void aSkipAfterKnownTimeEndsThere() {
        List<ListenEvent> e = events.events(listen(20_000L, true), "ann", "t1");
        assertThat(e).extracting(ListenEvent::eventType).containsExactly(EventType.PLAY, EventType.SKIP);
        assertThat(e.get(1).timestamp()).isEqualTo(AT.plusSeconds(20));
        assertThat(e.get(1).positionMs()).isEqualTo(20_000L);
    }
}
