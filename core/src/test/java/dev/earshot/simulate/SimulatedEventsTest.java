package dev.earshot.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.EventDraft;
import dev.earshot.event.EventParser;
import dev.earshot.event.EventType;
import dev.earshot.event.EventValidator;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.ValidationResult;
import dev.earshot.event.ValidationRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatedEventsTest {
    private static final SimRun RUN = SimRun.of("spotify", 150, 4, 11);

    @Test
    void everyGeneratedEventPassesValidation() {
        List<EventDraft> drafts = new EventParser(Integer.MAX_VALUE).parseNdjson(RUN.ndjson);
        EventValidator validator = new EventValidator(ValidationRules.DEFAULT);
        assertThat(drafts).hasSize(RUN.events.size()).isNotEmpty();
        for (EventDraft d : drafts) {
            ValidationResult result = validator.validate(d, RUN.receivedAt());
            assertThat(result).as(d.raw()).isInstanceOf(ValidationResult.Valid.class);
        }
    }

    @Test
    void eventsAreInTimestampOrderOverall() {
        for (int i = 1; i < RUN.events.size(); i++) {
            assertThat(RUN.events.get(i).timestamp()).isAfterOrEqualTo(RUN.events.get(i - 1).timestamp());
        }
    }

    @Test
    void everyEventCarriesSessionDeviceLocationAndDuration() {
        assertThat(RUN.events).allSatisfy(e -> {
            assertThat(e.sessionId()).isNotNull();
            assertThat(RUN.user(e).devices()).contains(e.device());
            assertThat(e.location()).isEqualTo(RUN.user(e).city().location());
            assertThat(e.durationMs()).isEqualTo(RUN.track(e.trackId()).durationMs());
        });
    }

    @Test
    void eachPlayEndsInOneSkipOrCompletionWithItsPosition() {
        Map<String, ListenEvent> open = new HashMap<>();
        for (ListenEvent e : RUN.events) {
            String key = e.userId();
            switch (e.eventType()) {
                case PLAY -> assertThat(open.put(key, e)).isNull();
                case SKIP, COMPLETE -> {
                    ListenEvent play = open.remove(key);
                    assertThat(play).isNotNull();
                    assertThat(e.trackId()).isEqualTo(play.trackId());
                    assertThat(e.msPlayed()).isEqualTo(e.positionMs());
                    if (e.eventType() == EventType.COMPLETE) {
                        assertThat(e.positionMs()).isEqualTo(e.durationMs());
                    } else {
                        assertThat(e.positionMs()).isLessThan(e.durationMs());
                    }
                }
                case PAUSE, RESUME -> assertThat(open).containsKey(key);
                default -> assertThat(open).doesNotContainKey(key);
            }
        }
    }

    @Test
    void pausesAlternateWithResumesInPlaybackOrderAndSomeListensPauseMoreThanOnce() {
        Map<String, List<ListenEvent>> pausesByListen = new HashMap<>();
        Map<String, String> currentListen = new HashMap<>();
        for (ListenEvent e : RUN.events) {
            if (e.eventType() == EventType.PLAY) {
                currentListen.put(e.userId(), e.eventId());
            } else if (e.eventType() == EventType.PAUSE || e.eventType() == EventType.RESUME) {
                pausesByListen.computeIfAbsent(currentListen.get(e.userId()), k -> new java.util.ArrayList<>()).add(e);
            }
        }
        assertThat(pausesByListen).isNotEmpty();
        for (List<ListenEvent> events : pausesByListen.values()) {
            for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i).eventType()).isEqualTo(i % 2 == 0 ? EventType.PAUSE : EventType.RESUME);
                if (i > 0) {
                    assertThat(events.get(i).positionMs()).isGreaterThanOrEqualTo(events.get(i - 1).positionMs());
                    assertThat(events.get(i).timestamp()).isAfter(events.get(i - 1).timestamp());
                }
            }
        }
        assertThat(pausesByListen.values()).anySatisfy(events -> assertThat(events).hasSizeGreaterThanOrEqualTo(4));
    }

    @Test
    void inlineMetadataCanBeLeftOut() {
        SimRun bare = SimRun.of(SimulationConfig.of(Scenario.named("spotify"), 20, 2, 11, SimRun.END).withInlineMetadata(false));
        assertThat(bare.events).isNotEmpty().allSatisfy(e -> assertThat(e.track()).isNull());
        assertThat(RUN.events).allSatisfy(e -> assertThat(e.track().audioFeatures()).containsKeys("energy", "valence"));
    }
}
