package dev.earshot.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.earshot.event.ListenEvent;
import dev.earshot.vocab.Mood;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GroundTruthTest {
    private static final SimRun RUN = SimRun.of("apple_music", 120, 5, 3);

    @Test
    void everyEventsTrackIsInTheTruth() {
        assertThat(RUN.events).allSatisfy(e -> assertThat(RUN.track(e.trackId())).as(e.trackId()).isNotNull());
    }

    @Test
    void everySessionsTrueContextIsRecorded() {
        Map<String, GroundTruth.SessionTruth> sessions = RUN.truth.sessions().stream()
                .collect(Collectors.toMap(GroundTruth.SessionTruth::sessionId, Function.identity()));
        assertThat(RUN.events).allSatisfy(e -> {
            GroundTruth.SessionTruth s = sessions.get(e.sessionId());
            assertThat(s).isNotNull();
            assertThat(s.userId()).isEqualTo(e.userId());
            assertThat(s.heldOut()).isFalse();
            assertThat(s.context()).isNotNull();
        });
    }

    @Test
    void heldOutListensAreAbsentFromTheOutput() {
        Set<String> heldOutSessions = RUN.truth.sessions().stream().filter(GroundTruth.SessionTruth::heldOut)
                .map(GroundTruth.SessionTruth::sessionId).collect(Collectors.toSet());
        long heldOutListens = RUN.world.users().stream().mapToLong(u -> RUN.truth.heldOut(u.index()).size()).sum();
        assertThat(heldOutSessions).isNotEmpty();
        assertThat(heldOutListens).isGreaterThan(100);
        assertThat(RUN.events).noneMatch(e -> heldOutSessions.contains(e.sessionId()));
        RUN.world.users().forEach(u -> assertThat(RUN.truth.heldOut(u.index())).allSatisfy(l ->
                assertThat(l.timestamp()).isAfterOrEqualTo(RUN.world.period().holdoutStart())));
    }

    @Test
    void heldOutListensRepeatTheListenersOwnHistoryMoreThanOthers() {
        Map<String, Set<String>> history = RUN.events.stream().collect(Collectors.groupingBy(ListenEvent::userId,
                Collectors.mapping(ListenEvent::trackId, Collectors.toSet())));
        double own = 0;
        double other = 0;
        int n = RUN.world.users().size();
        for (SimUser u : RUN.world.users()) {
            String neighbour = RUN.world.users().get((u.index() + 1) % n).id();
            for (GroundTruth.HeldOutListen l : RUN.truth.heldOut(u.index())) {
                own += history.getOrDefault(u.id(), Set.of()).contains(l.trackId()) ? 1 : 0;
                other += history.getOrDefault(neighbour, Set.of()).contains(l.trackId()) ? 1 : 0;
            }
        }
        assertThat(own).isGreaterThan(2 * other);
    }

    @Test
    void truthJsonNamesEveryTrackSessionAndEmergingArtist() throws IOException {
        Set<String> named = new HashSet<>(Set.of("America/Los_Angeles", "energetic", "calm"));
        for (ListenEvent e : RUN.events) {
            named.addAll(Set.of(e.trackId(), e.sessionId(), e.userId()));
        }
        RUN.world.catalog().emergingArtists().forEach(a -> named.add(a.id()));
        named.removeAll(strings(RUN.truthJson));
        assertThat(named).as("named in events but missing from the truth").isEmpty();
    }

    @Test
    void moodQuadrantFollowsValenceAndEnergy() {
        assertThat(Mood.of(0.8, 0.9)).isEqualTo(Mood.ENERGETIC);
        assertThat(Mood.of(0.2, 0.9)).isEqualTo(Mood.TENSE);
        assertThat(Mood.of(0.2, 0.1)).isEqualTo(Mood.SAD);
        assertThat(Mood.of(0.8, 0.1)).isEqualTo(Mood.CALM);
        assertThat(RUN.world.catalog().tracks()).extracting(SimTrack::mood).contains(Mood.values());
    }

    @Test
    void labelledMoodsDisagreeWithTheFeatureQuadrantAsAnnotatorsDo() {
        var tracks = RUN.world.catalog().tracks();
        long differ = tracks.stream().filter(t -> t.mood() != t.audio().mood()).count();
        assertThat((double) differ / tracks.size()).isBetween(0.08, 0.35);
    }

    /** Every string value in the JSON document: enough to check what the truth names, without a tree model. */
    private static Set<String> strings(byte[] json) throws IOException {
        Set<String> out = new HashSet<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    out.add(p.getText());
                }
            }
        }
        return out;
    }
}
